package com.touchpoint.satisfaction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts delivered callbacks for operators as {@code touchpoint.callbacks} by result (accepted, duplicate,
 * rejected). Counted after the commit, so a file import that fails half-way and stores nothing counts nothing.
 */
@Component
class CallbackMetrics {

    static final String COUNTER = "touchpoint.callbacks";

    private final Counter accepted;
    private final Counter duplicates;
    private final Counter rejected;

    CallbackMetrics(MeterRegistry registry) {
        this.accepted = counter(registry, "accepted");
        this.duplicates = counter(registry, "duplicate");
        this.rejected = counter(registry, "rejected");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder(COUNTER).description("Callback records delivered through the API or files, by result")
                .tag("result", result).register(registry);
    }

    IntakeResult counted(IntakeResult result) {
        Runnable count = () -> {
            accepted.increment(result.accepted());
            duplicates.increment(result.duplicates());
            rejected.increment(result.rejected().size());
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
        return result;
    }
}
