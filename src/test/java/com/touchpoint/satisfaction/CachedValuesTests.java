package com.touchpoint.satisfaction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.touchpoint.satisfaction.CachedValueTests.NO_DATABASE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed cache behind the post levels: one load per key, all evicted together, the least recently used dropped;
 * values marked as changed in part are replaced only by a reader who read them after the last change.
 */
class CachedValuesTests {

    final List<String> loads = new ArrayList<>();
    final CachedValues<String, String> values = CachedValues.inCallersTransaction(NO_DATABASE, Clock.systemUTC(),
            Duration.ofMinutes(1), 2, key -> {
                loads.add(key);
                return key + loads.size();
            });

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void each_key_is_loaded_once_until_an_eviction_drops_them_all() {
        assertThat(values.get("a")).isEqualTo("a1");
        assertThat(values.get("b")).isEqualTo("b2");
        assertThat(values.get("a")).isEqualTo("a1");
        values.evict();
        assertThat(values.get("b")).isEqualTo("b3");
        assertThat(values.get("a")).isEqualTo("a4");
        assertThat(loads).containsExactly("a", "b", "b", "a");
    }

    @Test
    void beyond_the_limit_the_least_recently_used_is_dropped() {
        values.get("a");
        values.get("b");
        values.get("a");
        values.get("c");
        assertThat(values.get("a")).isEqualTo("a1");
        assertThat(values.get("b")).isEqualTo("b4");
        assertThat(loads).containsExactly("a", "b", "c", "b");
    }

    @Test
    void nothing_is_kept_while_a_change_is_uncommitted() {
        TransactionSynchronizationManager.initSynchronization();
        values.evict();
        assertThat(values.get("a")).isEqualTo("a1");
        assertThat(values.get("a")).isEqualTo("a2");
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(values.get("a")).isEqualTo("a3");
        assertThat(values.get("a")).isEqualTo("a3");
    }

    @Test
    void a_marked_value_is_kept_marked_and_replaced_only_by_a_reader_who_read_it_after_the_last_mark() {
        String read = values.get("a");
        values.mark((key, value) -> value + "*");
        String marked = values.get("a");
        assertThat(marked).isEqualTo("a1*");
        values.replace("a", read, "stale");
        assertThat(values.get("a")).as("read before the mark").isEqualTo("a1*");
        values.replace("a", marked, "a1+");
        assertThat(values.get("a")).isEqualTo("a1+");
        assertThat(loads).containsExactly("a");
    }

    @Test
    void a_mark_is_applied_again_when_its_transaction_ends_and_nothing_is_replaced_before() {
        values.get("a");
        TransactionSynchronizationManager.initSynchronization();
        values.mark((key, value) -> value + "*");
        String duringChange = values.get("a");
        values.replace("a", duringChange, "a1+");
        assertThat(values.get("a")).as("no replacement while the change is uncommitted").isEqualTo("a1*");
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(values.get("a")).isEqualTo("a1**");
        values.replace("a", duringChange, "a1+");
        assertThat(values.get("a")).as("read before the change ended").isEqualTo("a1**");
    }

    @Test
    void a_load_that_overlapped_a_mark_is_not_kept() {
        AtomicReference<CachedValues<String, String>> self = new AtomicReference<>();
        List<String> loaded = new ArrayList<>();
        self.set(CachedValues.inCallersTransaction(NO_DATABASE, Clock.systemUTC(), Duration.ofMinutes(1), 2, key -> {
            loaded.add(key);
            if (loaded.size() == 1) {
                self.get().mark((k, v) -> v + "*");
            }
            return key + loaded.size();
        }));
        assertThat(self.get().get("a")).isEqualTo("a1");
        assertThat(self.get().get("a")).as("loaded again").isEqualTo("a2");
        assertThat(self.get().get("a")).isEqualTo("a2");
    }
}
