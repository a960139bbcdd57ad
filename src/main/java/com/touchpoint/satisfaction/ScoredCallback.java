package com.touchpoint.satisfaction;

import java.time.LocalDate;

/**
 * One callback of a staff member reduced to what other features may correlate with: its service date, whether it
 * is valid and a complaint, and its callback score, the {@code index} formula applied to this callback alone
 * (INDICATORS.md; null when not valid). No customer, comment or answers leave with it.
 */
public record ScoredCallback(long staffId, LocalDate serviceDate, boolean valid, boolean complaint, Double score) {
}
