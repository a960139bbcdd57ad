package com.touchpoint.incentive.internal;

import com.touchpoint.shared.OperatorTime;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class IncentiveJobsTests {

    @Test
    void the_monthly_run_fires_on_the_3rd_at_two_in_the_operator_zone() {
        new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(OperatorTime.class, IncentiveJobs.class)
                .withPropertyValues("touchpoint.time-zone=Europe/London")
                .run(context -> assertThat(context.getBeansOfType(CronTrigger.class).values()).singleElement()
                        .satisfies(trigger -> {
                            assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/London");
                            assertThat(trigger.getCronExpression()).isEqualTo("0 0 2 3 * ?");
                        }));
    }

    @Test
    void the_job_requests_recovery_and_its_schedule_can_be_replaced_by_a_setting() {
        new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(OperatorTime.class, IncentiveJobs.class)
                .withPropertyValues("touchpoint.jobs.monthly-incentives.cron=0 * * * * ?")
                .run(context -> {
                    assertThat(context.getBean(JobDetail.class).requestsRecovery()).isTrue();
                    assertThat(context.getBean(CronTrigger.class).getCronExpression()).isEqualTo("0 * * * * ?");
                    assertThat(context.getBean(CronTrigger.class).getTimeZone().getID()).isEqualTo("Asia/Shanghai");
                });
    }
}
