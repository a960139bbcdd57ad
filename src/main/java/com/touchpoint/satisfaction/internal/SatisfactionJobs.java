package com.touchpoint.satisfaction.internal;

import com.touchpoint.shared.OperatorTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The satisfaction feature's scheduled jobs, stored in the clustered Quartz job store. */
@Configuration
class SatisfactionJobs {

    @Bean
    JobDetail rollupRebuildJob() {
        return JobBuilder.newJob(RollupRebuildJob.class).withIdentity("rollup-rebuild", "satisfaction")
                .storeDurably().build();
    }

    @Bean
    JobDetail monthlyReportJob() {
        return JobBuilder.newJob(MonthlyReportJob.class).withIdentity("monthly-callback-report", "satisfaction")
                .storeDurably().build();
    }

    /** 06:00 on the 3rd, when late callbacks of the previous month have come in. */
    @Bean
    Trigger monthlyReportTrigger(JobDetail monthlyReportJob, OperatorTime time) {
        return TriggerBuilder.newTrigger().forJob(monthlyReportJob).withIdentity("monthly-callback-report", "satisfaction")
                .withSchedule(time.cron("monthly-callback-report", "0 0 6 3 * ?"))
                .build();
    }

    @Bean
    Trigger rollupRebuildTrigger(JobDetail rollupRebuildJob, OperatorTime time) {
        return TriggerBuilder.newTrigger().forJob(rollupRebuildJob).withIdentity("rollup-rebuild-nightly", "satisfaction")
                .withSchedule(time.cron("rollup-rebuild-nightly", "0 30 2 ? * *"))
                .build();
    }
}
