package com.touchpoint.emotion;

/**
 * A team's contagion signal: Pearson's r between the daily mean start mood and the daily mean callback score over
 * the days with at least k start check-ins and a valid callback, with its 95% Fisher interval. Below 10 days (or
 * when either series does not vary) {@code enough} is false and only the days are set.
 */
public record TeamContagion(int days, boolean enough, Double r, Double low, Double high) {
}
