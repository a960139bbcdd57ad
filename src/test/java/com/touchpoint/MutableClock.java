package com.touchpoint;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Clock of the shared test context: the system clock until a test fixes it with {@link #set(Instant)}.
 * A test that sets it must {@link #reset()} it afterwards (try/finally), since the context is shared.
 * Clocks derived with {@link #withZone(ZoneId)} follow the same setting.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> fixed;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> fixed, ZoneId zone) {
        this.fixed = fixed;
        this.zone = zone;
    }

    public void set(Instant instant) {
        fixed.set(instant);
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(fixed, zone);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant != null ? instant : Instant.now();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(new AtomicReference<>(), ZoneOffset.UTC);
        }
    }
}
