package com.touchpoint.emotion;

/**
 * A staff member's emotional contagion signal (EMOTION.md): mean callback score on good-mood days (P) minus on
 * low-mood days (N), with its 95% Welch interval. With fewer than 10 callbacks on either side {@code enough} is
 * false and only the counts are set.
 */
public record ContagionFigure(int positiveCallbacks, int negativeCallbacks, boolean enough, Double difference,
                             Double low, Double high) {
}
