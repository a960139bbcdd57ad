package com.touchpoint.satisfaction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.touchpoint.satisfaction.CachedValueTests.NO_DATABASE;
import static org.assertj.core.api.Assertions.assertThat;

/** The keyed cache behind the post levels: one load per key, all evicted together, the least recently used dropped. */
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
}
