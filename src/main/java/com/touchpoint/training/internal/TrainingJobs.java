package com.touchpoint.training.internal;

import com.touchpoint.shared.OperatorTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The training feature's scheduled jobs, stored in the clustered Quartz job store. */
@Configuration
class TrainingJobs {

    @Bean
    JobDetail assignmentReminderJob() {
        return JobBuilder.newJob(AssignmentReminderJob.class).withIdentity("assignment-reminders", "training")
                .storeDurably().build();
    }

    /** 08:00, before most shifts start. */
    @Bean
    Trigger assignmentReminderTrigger(JobDetail assignmentReminderJob, OperatorTime time) {
        return TriggerBuilder.newTrigger().forJob(assignmentReminderJob).withIdentity("assignment-reminders-daily", "training")
                .withSchedule(time.cron("assignment-reminders-daily", "0 0 8 ? * *"))
                .build();
    }
}
