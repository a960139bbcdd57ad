package com.touchpoint.incentive;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A calculation run as the API and the HR page report it. {@code done} of {@code total} statements are calculated
 * while it runs (0 of 0 before the first batch); {@code retriedBy} is the run that redid this one after its node
 * died (this one then FAILED with {@code incentive.run.interrupted}), or null.
 */
public record RunState(long id, YearMonth month, RunStatus status, String startedBy, Instant startedAt,
                       Instant finishedAt, int statements, String detail, int done, int total, Long retriedBy) {
}
