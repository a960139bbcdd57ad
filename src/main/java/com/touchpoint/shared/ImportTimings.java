package com.touchpoint.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** Times file imports for operators as {@code touchpoint.imports}, by kind of import and outcome. */
@Component
public class ImportTimings {

    public static final String TIMER = "touchpoint.imports";

    private final MeterRegistry registry;

    ImportTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> T time(String kind, Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            T result = work.get();
            outcome = "success";
            return result;
        } finally {
            sample.stop(Timer.builder(TIMER).description("File imports by kind and outcome")
                    .tag("kind", kind).tag("outcome", outcome).register(registry));
        }
    }
}
