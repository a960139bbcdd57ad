package com.touchpoint.incentive.internal;

import com.touchpoint.shared.OperatorTime;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incentive feature's scheduled job, stored in the clustered Quartz job store. */
@Configuration
class IncentiveJobs {

    @Bean
    JobDetail monthlyIncentiveJob() {
        return JobBuilder.newJob(MonthlyIncentiveJob.class).withIdentity("monthly-incentives", "incentive")
                .storeDurably().build();
    }

    /** 02:00 operator time on the 3rd: the previous month's draft. */
    @Bean
    Trigger monthlyIncentiveTrigger(JobDetail monthlyIncentiveJob, OperatorTime time) {
        return TriggerBuilder.newTrigger().forJob(monthlyIncentiveJob).withIdentity("monthly-incentives", "incentive")
                .withSchedule(CronScheduleBuilder.monthlyOnDayAndHourAndMinute(3, 2, 0)
                        .inTimeZone(time.timeZone()))
                .build();
    }
}
