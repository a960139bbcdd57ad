package com.touchpoint.incentive.internal;

import com.touchpoint.shared.OperatorTime;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
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
}
