package com.touchpoint.incentive;

/** Told after each batch of statements a run has calculated, for a progress bar. */
@FunctionalInterface
public interface RunProgress {

    RunProgress NONE = (done, total) -> {
    };

    void advanced(int done, int total);
}
