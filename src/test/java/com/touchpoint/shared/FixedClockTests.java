package com.touchpoint.shared;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@TouchpointTest
class FixedClockTests {

    @Autowired
    MutableClock mutableClock;

    @Autowired
    Clock clock;

    @Autowired
    OperatorTime operatorTime;

    @Test
    void a_test_can_fix_the_application_clock_and_reset_it() {
        assertThat(clock).isSameAs(mutableClock);
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        try {
            mutableClock.set(Instant.parse("2026-03-31T20:00:00Z"));
            assertThat(operatorTime.today()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(LocalDate.now(shanghai)).isEqualTo(LocalDate.of(2026, 4, 1));
        } finally {
            mutableClock.reset();
        }
        assertThat(clock.instant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
        assertThat(operatorTime.today()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }
}
