package com.touchpoint.coaching.internal;

import com.touchpoint.shared.OperatorTime;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class CoachingJobsZoneTests {

    @Test
    void cron_triggers_run_in_the_configured_operator_zone() {
        new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(OperatorTime.class, CoachingJobs.class)
                .withPropertyValues("touchpoint.time-zone=Europe/London")
                .run(context -> assertThat(context.getBeansOfType(CronTrigger.class).values())
                        .isNotEmpty()
                        .allSatisfy(trigger -> assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/London")));
    }
}
