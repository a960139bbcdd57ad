package com.touchpoint.satisfaction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachedValueTests {

    static final PlatformTransactionManager NO_DATABASE = new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    };

    final AtomicInteger loads = new AtomicInteger();
    CachedValue<Integer> value = new CachedValue<>(NO_DATABASE, loads::incrementAndGet);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_value_is_loaded_once_and_again_after_an_eviction() {
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(1);
        value.evict();
        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void a_kept_value_is_reloaded_after_a_minute_so_changes_made_by_another_instance_arrive() {
        var clock = new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-11-30T08:00:00Z"));
        var ticking = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return clock.get();
            }
        };
        var timed = new CachedValue<>(NO_DATABASE, ticking, CachedValue.KEPT_FOR, loads::incrementAndGet);
        assertThat(timed.get()).isEqualTo(1);
        clock.set(clock.get().plusSeconds(59));
        assertThat(timed.get()).isEqualTo(1);
        clock.set(clock.get().plusSeconds(2));
        assertThat(timed.get()).isEqualTo(2);
        assertThat(timed.get()).isEqualTo(2);
    }

    @Test
    void nothing_is_kept_until_the_changing_transaction_has_ended() {
        value.get();
        TransactionSynchronizationManager.initSynchronization();
        value.evict();
        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(3);
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(value.get()).isEqualTo(4);
        assertThat(value.get()).isEqualTo(4);
    }

    @Test
    void a_load_that_overlapped_an_eviction_is_not_kept() {
        value = new CachedValue<>(NO_DATABASE, () -> {
            int n = loads.incrementAndGet();
            if (n == 1) {
                value.evict();
            }
            return n;
        });
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }
}
