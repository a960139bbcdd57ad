package com.touchpoint.satisfaction;

import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read often and changed rarely (questionnaire versions, targets), loaded on first use, with the rules of
 * {@link CachedValues}: a change evicts it at once and again when its transaction ends, and a kept value is
 * reloaded after {@link #KEPT_FOR}, because another instance sharing the database may have changed it.
 */
final class CachedValue<T> {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final CachedValues<Boolean, T> value;

    CachedValue(PlatformTransactionManager transactions, Supplier<T> loader) {
        this(transactions, Clock.systemUTC(), KEPT_FOR, loader);
    }

    CachedValue(PlatformTransactionManager transactions, Clock clock, Duration keptFor, Supplier<T> loader) {
        this.value = new CachedValues<>(transactions, clock, keptFor, 1, key -> loader.get());
    }

    T get() {
        return value.get(Boolean.TRUE);
    }

    void evict() {
        value.evict();
    }
}
