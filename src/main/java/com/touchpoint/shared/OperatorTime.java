package com.touchpoint.shared;

import org.quartz.CronScheduleBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The operator's time zone (which day is "today", when scheduled jobs run) together with the application Clock.
 * Set with {@code touchpoint.time-zone}; {@code touchpoint.indicators.zone}, the earlier name, is still honoured.
 */
@Component
public class OperatorTime {

    private final Clock clock;
    private final ZoneId zone;
    private final Environment environment;

    OperatorTime(Clock clock, @Value("${touchpoint.time-zone:${touchpoint.indicators.zone:Asia/Shanghai}}") ZoneId zone,
                 Environment environment) {
        this.clock = clock;
        this.zone = zone;
        this.environment = environment;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone for Quartz cron schedules. */
    public TimeZone timeZone() {
        return TimeZone.getTimeZone(zone);
    }

    /**
     * The cron schedule of a job's trigger in the operator's zone: {@code standardCron}, unless
     * {@code touchpoint.jobs.<trigger>.cron} replaces it. Every node of a cluster must be given the same schedules
     * (docs/deployment.md); the two-node test compresses a month of daily runs into a minute this way.
     */
    public CronScheduleBuilder cron(String trigger, String standardCron) {
        String cron = environment.getProperty("touchpoint.jobs." + trigger + ".cron", standardCron);
        // A time missed by more than the misfire threshold (a node busy or starting, all nodes down) runs once as soon
        // as it can, however many times were missed, and the schedule goes on from there.
        return CronScheduleBuilder.cronSchedule(cron).inTimeZone(timeZone())
                .withMisfireHandlingInstructionFireAndProceed();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone));
    }
}
