package com.touchpoint.training;

import java.math.BigDecimal;
import java.time.Instant;

/** Published when a staff member played a module to an ending: the score computed from the path and the outcome. */
public record AttemptFinished(long attemptId, long staffId, String moduleId, BigDecimal score, boolean passed,
                              Instant finishedAt) {
}
