package com.touchpoint.coaching.internal;

import com.touchpoint.shared.OperatorTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coaching feature's scheduled jobs, stored in the clustered Quartz job store. */
@Configuration
class CoachingJobs {

    @Bean
    JobDetail coachingReminderJob() {
        return JobBuilder.newJob(CoachingReminderJob.class).withIdentity("coaching-reminders", "coaching")
                .storeDurably().build();
    }

    /** 07:30 in the operator's zone, before most shifts start. */
    @Bean
    Trigger coachingReminderTrigger(JobDetail coachingReminderJob, OperatorTime time) {
        return TriggerBuilder.newTrigger().forJob(coachingReminderJob).withIdentity("coaching-reminders-daily", "coaching")
                .withSchedule(time.cron("coaching-reminders-daily", "0 30 7 ? * *"))
                .build();
    }
}
