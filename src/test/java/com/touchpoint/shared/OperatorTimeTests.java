package com.touchpoint.shared;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorTimeTests {

    /** 2026-03-31 20:00 UTC: already 1 April in Shanghai, still 31 March in London. */
    private static final Instant EVENING_UTC = Instant.parse("2026-03-31T20:00:00Z");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(Clock.class, () -> Clock.fixed(EVENING_UTC, ZoneOffset.UTC))
            .withUserConfiguration(OperatorTime.class);

    @Test
    void the_zone_defaults_to_shanghai_and_today_is_the_date_there() {
        runner.run(context -> {
            OperatorTime time = context.getBean(OperatorTime.class);
            assertThat(time.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(time.timeZone().getID()).isEqualTo("Asia/Shanghai");
            assertThat(time.today()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(time.currentMonth()).isEqualTo(YearMonth.of(2026, 4));
        });
    }

    @Test
    void touchpoint_time_zone_sets_the_zone() {
        runner.withPropertyValues("touchpoint.time-zone=Europe/London").run(context -> {
            OperatorTime time = context.getBean(OperatorTime.class);
            assertThat(time.zone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(time.today()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(time.currentMonth()).isEqualTo(YearMonth.of(2026, 3));
        });
    }

    @Test
    void the_earlier_indicators_zone_property_still_works_and_the_new_name_wins() {
        runner.withPropertyValues("touchpoint.indicators.zone=Europe/London")
                .run(context -> assertThat(context.getBean(OperatorTime.class).zone()).isEqualTo(ZoneId.of("Europe/London")));
        runner.withPropertyValues("touchpoint.indicators.zone=Europe/London", "touchpoint.time-zone=Asia/Tokyo")
                .run(context -> assertThat(context.getBean(OperatorTime.class).zone()).isEqualTo(ZoneId.of("Asia/Tokyo")));
    }
}
