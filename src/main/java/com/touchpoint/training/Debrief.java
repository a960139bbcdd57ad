package com.touchpoint.training;

import java.util.List;

/**
 * The debrief of a finished attempt: each decision with the reply chosen and, where another reply
 * would have done better, that reply; the ending reached; the scores. {@code module} is the exact
 * version played, or null when that text is no longer available.
 */
public record Debrief(AttemptSummary attempt, TrainingModule module, List<DebriefStep> steps, Step ending) {

    /** One decision of the path; {@code better} is null when the chosen reply was the best one. */
    public record DebriefStep(Step step, Reply chosen, Reply better) {
    }
}
