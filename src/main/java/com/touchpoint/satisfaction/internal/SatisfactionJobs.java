package com.touchpoint.satisfaction.internal;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.TimeZone;

/** The satisfaction feature's scheduled jobs, stored in the clustered Quartz job store. */
@Configuration
class SatisfactionJobs {

    @Bean
    JobDetail rollupRebuildJob() {
        return JobBuilder.newJob(RollupRebuildJob.class).withIdentity("rollup-rebuild", "satisfaction")
                .storeDurably().build();
    }

    @Bean
    Trigger rollupRebuildTrigger(JobDetail rollupRebuildJob) {
        return TriggerBuilder.newTrigger().forJob(rollupRebuildJob).withIdentity("rollup-rebuild-nightly", "satisfaction")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(2, 30)
                        .inTimeZone(TimeZone.getTimeZone("Asia/Shanghai")))
                .build();
    }
}
