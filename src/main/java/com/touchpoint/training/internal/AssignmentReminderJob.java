package com.touchpoint.training.internal;

import com.touchpoint.shared.SystemActor;
import com.touchpoint.training.ReminderRun;
import com.touchpoint.training.TrainingAssignments;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Daily: remind staff of assignments due soon and flag overdue ones. */
@DisallowConcurrentExecution
class AssignmentReminderJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(AssignmentReminderJob.class);

    private final TrainingAssignments assignments;

    AssignmentReminderJob(TrainingAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        SystemActor.run("training-reminders", () -> {
            ReminderRun run = assignments.sendReminders();
            log.info("Training reminders: {} reminded, {} flagged overdue", run.reminded(), run.flaggedOverdue());
        }, "ROLE_ADMIN");
    }
}
