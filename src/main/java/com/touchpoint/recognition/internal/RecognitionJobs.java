package com.touchpoint.recognition.internal;

import com.touchpoint.shared.OperatorTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recognition feature's scheduled jobs, stored in the clustered Quartz job store. */
@Configuration
class RecognitionJobs {

    @Bean
    JobDetail monthlyBadgeJob() {
        return JobBuilder.newJob(MonthlyBadgeJob.class).withIdentity("monthly-badges", "recognition")
                .storeDurably().build();
    }

    @Bean
    Trigger monthlyBadgeTrigger(JobDetail monthlyBadgeJob, OperatorTime time) {
        return TriggerBuilder.newTrigger().forJob(monthlyBadgeJob).withIdentity("monthly-badges", "recognition")
                .withSchedule(time.cron("monthly-badges", "0 0 7 3 * ?"))
                .build();
    }
}
