package com.touchpoint.incentive.internal;

import com.touchpoint.shared.OperatorTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incentive feature's scheduled job, stored in the clustered Quartz job store. */
@Configuration
class IncentiveJobs {

    /**
     * Requests recovery: when the node running it dies, another node of the cluster runs it again as soon as Quartz
     * notices (within the cluster check-in interval plus 7.5 s), and the job then takes over the dead run's claim.
     */
    @Bean
    JobDetail monthlyIncentiveJob() {
        return JobBuilder.newJob(MonthlyIncentiveJob.class).withIdentity("monthly-incentives", "incentive")
                .storeDurably().requestRecovery().build();
    }

    /** 02:00 operator time on the 3rd: the previous month's draft. */
    @Bean
    Trigger monthlyIncentiveTrigger(JobDetail monthlyIncentiveJob, OperatorTime time) {
        return TriggerBuilder.newTrigger().forJob(monthlyIncentiveJob).withIdentity("monthly-incentives", "incentive")
                .withSchedule(time.cron("monthly-incentives", "0 0 2 3 * ?"))
                .build();
    }
}
