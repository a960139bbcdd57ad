package com.touchpoint.incentive;

import java.time.Instant;
import java.time.YearMonth;

/** A calculation run as the API and the HR page report it. */
public record RunState(long id, YearMonth month, RunStatus status, String startedBy, Instant startedAt,
                       Instant finishedAt, int statements, String detail) {
}
