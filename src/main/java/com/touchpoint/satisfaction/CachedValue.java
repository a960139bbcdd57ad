package com.touchpoint.satisfaction;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read often and changed rarely (questionnaire versions, targets), loaded on first use. A change evicts
 * it at once and again when its transaction ends; until then, and for a load that overlapped an eviction, what
 * is loaded is returned but not kept, so no reader keeps an uncommitted or a replaced value. A value to keep is
 * loaded in a transaction of its own, so that a caller's older snapshot never fills the cache. A kept value is
 * reloaded after {@link #KEPT_FOR}, because another instance sharing the database may have changed it.
 */
final class CachedValue<T> {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private record Kept<T>(T value, Instant until) {
    }

    private final Supplier<T> loader;
    private final TransactionTemplate fresh;
    private final Clock clock;
    private final Duration keptFor;
    private volatile Kept<T> kept;
    private long generation;
    private int uncommitted;

    CachedValue(PlatformTransactionManager transactions, Supplier<T> loader) {
        this(transactions, Clock.systemUTC(), KEPT_FOR, loader);
    }

    CachedValue(PlatformTransactionManager transactions, Clock clock, Duration keptFor, Supplier<T> loader) {
        this.loader = loader;
        this.clock = clock;
        this.keptFor = keptFor;
        this.fresh = new TransactionTemplate(transactions);
        fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        fresh.setReadOnly(true);
    }

    T get() {
        Kept<T> current = kept;
        if (current != null && clock.instant().isBefore(current.until())) {
            return current.value();
        }
        long before;
        synchronized (this) {
            if (uncommitted > 0) {
                return loader.get();
            }
            before = generation;
        }
        T loaded = fresh.execute(status -> loader.get());
        synchronized (this) {
            if (generation == before && uncommitted == 0) {
                kept = new Kept<>(loaded, clock.instant().plus(keptFor));
            }
        }
        return loaded;
    }

    synchronized void evict() {
        kept = null;
        generation++;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            uncommitted++;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    ended();
                }
            });
        }
    }

    private synchronized void ended() {
        kept = null;
        generation++;
        uncommitted--;
    }
}
