package com.touchpoint.satisfaction;

import java.time.Instant;
import java.time.YearMonth;

/** A stored callback report: which unit and month, in which language, generated when and by whom. */
public record CallbackReportSummary(long id, long unitId, String unitCode, String unitName, YearMonth month,
                                    String language, Instant generatedAt, String generatedBy) {
}
