package com.touchpoint.shared;

import org.springframework.beans.factory.annotation.Value;
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

    OperatorTime(Clock clock, @Value("${touchpoint.time-zone:${touchpoint.indicators.zone:Asia/Shanghai}}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone for Quartz cron schedules. */
    public TimeZone timeZone() {
        return TimeZone.getTimeZone(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone));
    }
}
