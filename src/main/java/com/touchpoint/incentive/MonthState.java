package com.touchpoint.incentive;

import java.time.Instant;
import java.time.YearMonth;

/** A month's workflow state as HR sees it; {@code running} while a calculation holds the month. */
public record MonthState(YearMonth month, MonthStatus status, Instant calculatedAt, String reviewedBy,
                         Instant reviewedAt, String approvedBy, Instant approvedAt, String lockedBy, Instant lockedAt,
                         boolean running) {
}
