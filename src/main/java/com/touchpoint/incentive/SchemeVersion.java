package com.touchpoint.incentive;

import java.time.Instant;
import java.time.YearMonth;

/** A scheme version as HR sees it; {@code used} when a statement was calculated with it (it can then never change). */
public record SchemeVersion(long id, String postCode, YearMonth effectiveFrom, SchemeParameters parameters,
                            String createdBy, Instant createdAt, boolean used) {
}
