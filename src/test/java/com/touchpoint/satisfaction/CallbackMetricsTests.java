package com.touchpoint.satisfaction;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CallbackMetrics metrics = new CallbackMetrics(registry);
    private final IntakeResult delivery = new IntakeResult(3, 2,
            List.of(new IntakeResult.Rejected(4, "CB-1", List.of())));

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_delivery_counts_its_accepted_duplicate_and_rejected_records() {
        assertThat(metrics.counted(delivery)).isSameAs(delivery);
        assertThat(count("accepted")).isEqualTo(3);
        assertThat(count("duplicate")).isEqualTo(2);
        assertThat(count("rejected")).isEqualTo(1);
    }

    @Test
    void inside_a_transaction_only_a_commit_counts() {
        TransactionSynchronizationManager.initSynchronization();
        metrics.counted(delivery);
        assertThat(count("accepted")).isZero();
        TransactionSynchronizationManager.getSynchronizations().forEach(s ->
                s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(count("accepted")).isZero();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(count("accepted")).isEqualTo(3);
    }

    private double count(String result) {
        return registry.get(CallbackMetrics.COUNTER).tag("result", result).counter().count();
    }
}
