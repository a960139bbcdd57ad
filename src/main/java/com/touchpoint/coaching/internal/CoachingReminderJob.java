package com.touchpoint.coaching.internal;

import com.touchpoint.coaching.CoachingReminders;
import com.touchpoint.coaching.ReminderRun;
import com.touchpoint.shared.SystemActor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Daily: remind of coming sessions and of actions due soon, and flag overdue actions. */
@DisallowConcurrentExecution
class CoachingReminderJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(CoachingReminderJob.class);

    private final CoachingReminders reminders;

    CoachingReminderJob(CoachingReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        SystemActor.run("coaching-reminders", () -> {
            ReminderRun run = reminders.sendReminders();
            log.info("Coaching reminders: {} sessions, {} actions due soon, {} overdue", run.sessions(), run.dueSoon(),
                    run.overdue());
        }, "ROLE_ADMIN");
    }
}
