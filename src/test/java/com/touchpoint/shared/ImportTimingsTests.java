package com.touchpoint.shared;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportTimingsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ImportTimings timings = new ImportTimings(registry);

    @Test
    void an_import_is_timed_by_kind_with_its_outcome_and_its_result_or_failure_passes_through() {
        assertThat(timings.time("staff", () -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> timings.time("staff", () -> {
            throw new IllegalStateException("broken file");
        })).hasMessage("broken file");

        assertThat(registry.get(ImportTimings.TIMER).tag("kind", "staff").tag("outcome", "success").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(ImportTimings.TIMER).tag("kind", "staff").tag("outcome", "failure").timer().count())
                .isEqualTo(1);
    }
}
