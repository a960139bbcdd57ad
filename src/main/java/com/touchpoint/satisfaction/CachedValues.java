package com.touchpoint.satisfaction;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Values read often and changed rarely, by key, each loaded on first use; at most {@code maxKept} are kept, the
 * least recently used dropped first. A change evicts them all at once and again when its transaction ends; until
 * then, and for a load that overlapped an eviction, what is loaded is returned but not kept, so no reader keeps
 * an uncommitted or a replaced value. A value to keep is loaded in a transaction of its own, so that a caller's
 * older snapshot never fills the cache; or, for values loaded often, in the caller's own transaction, so that a
 * load never waits for a second connection while the caller holds one: an older snapshot may then be kept, but no
 * longer than its time, the bound that already holds for another instance's changes. A kept value is reloaded after
 * its time, because another instance sharing the database may have changed it.
 * <p>
 * A change that touches only part of a value may {@link #mark} the kept values instead of evicting them: the
 * reader brings a marked value up to date and {@link #replace}s it, which holds only when no change came since
 * the value was read and none is uncommitted.
 */
final class CachedValues<K, V> {

    private record Kept<V>(V value, Instant until) {
    }

    private final Function<K, V> loader;
    private final TransactionTemplate fresh;
    private final boolean inCallersTransaction;
    private final Clock clock;
    private final Duration keptFor;
    private final Map<K, Kept<V>> kept;
    private long generation;
    private int uncommitted;

    CachedValues(PlatformTransactionManager transactions, Clock clock, Duration keptFor, int maxKept,
                 Function<K, V> loader) {
        this(transactions, false, clock, keptFor, maxKept, loader);
    }

    /** Values loaded in the caller's transaction, see above. */
    static <K, V> CachedValues<K, V> inCallersTransaction(PlatformTransactionManager transactions, Clock clock,
                                                          Duration keptFor, int maxKept, Function<K, V> loader) {
        return new CachedValues<>(transactions, true, clock, keptFor, maxKept, loader);
    }

    private CachedValues(PlatformTransactionManager transactions, boolean inCallersTransaction, Clock clock,
                         Duration keptFor, int maxKept, Function<K, V> loader) {
        this.inCallersTransaction = inCallersTransaction;
        this.loader = loader;
        this.clock = clock;
        this.keptFor = keptFor;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > maxKept;
            }
        };
        this.fresh = new TransactionTemplate(transactions);
        fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        fresh.setReadOnly(true);
    }

    V get(K key) {
        long before;
        synchronized (this) {
            Kept<V> current = kept.get(key);
            if (current != null && clock.instant().isBefore(current.until())) {
                return current.value();
            }
            if (uncommitted > 0) {
                before = -1;
            } else {
                before = generation;
            }
        }
        if (before < 0) {
            return loader.apply(key);
        }
        V loaded = inCallersTransaction ? loader.apply(key) : fresh.execute(status -> loader.apply(key));
        synchronized (this) {
            if (generation == before && uncommitted == 0) {
                kept.put(key, new Kept<>(loaded, clock.instant().plus(keptFor)));
            }
        }
        return loaded;
    }

    synchronized void evict() {
        changed(kept::clear);
    }

    /**
     * Replaces each kept value by {@code marking}'s, for a change in part, when it happens and again when its
     * transaction ends. A load that overlapped it is not kept. {@code marking} gives a new value for every value the
     * change touches, even one it had marked already: {@link #replace} tells a change since the read by identity.
     */
    synchronized void mark(BiFunction<K, V, V> marking) {
        changed(() -> kept.replaceAll((key, value) -> new Kept<>(marking.apply(key, value.value()), value.until())));
    }

    /** Keeps {@code current} in place of {@code read} if that is still the kept value and no change is uncommitted. */
    synchronized void replace(K key, V read, V current) {
        Kept<V> now = kept.get(key);
        if (now != null && now.value() == read && uncommitted == 0) {
            kept.put(key, new Kept<>(current, now.until()));
        }
    }

    private void changed(Runnable change) {
        change.run();
        generation++;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            uncommitted++;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    ended(change);
                }
            });
        }
    }

    private synchronized void ended(Runnable change) {
        change.run();
        generation++;
        uncommitted--;
    }
}
