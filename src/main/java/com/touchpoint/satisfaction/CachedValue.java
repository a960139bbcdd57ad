package com.touchpoint.satisfaction;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * A value read often and changed rarely (questionnaire versions, targets), loaded on first use. A change evicts
 * it at once and again when its transaction ends; until then, and for a load that overlapped an eviction, what
 * is loaded is returned but not kept, so no reader keeps an uncommitted or a replaced value. A value to keep is
 * loaded in a transaction of its own, so that a caller's older snapshot never fills the cache.
 */
final class CachedValue<T> {

    private final Supplier<T> loader;
    private final TransactionTemplate fresh;
    private volatile T value;
    private long generation;
    private int uncommitted;

    CachedValue(PlatformTransactionManager transactions, Supplier<T> loader) {
        this.loader = loader;
        this.fresh = new TransactionTemplate(transactions);
        fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        fresh.setReadOnly(true);
    }

    T get() {
        T current = value;
        if (current != null) {
            return current;
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
                value = loaded;
            }
        }
        return loaded;
    }

    synchronized void evict() {
        value = null;
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
        value = null;
        generation++;
        uncommitted--;
    }
}
