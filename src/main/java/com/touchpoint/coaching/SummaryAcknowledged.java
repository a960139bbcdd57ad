package com.touchpoint.coaching;

import java.time.LocalDate;

/** Published when the staff member acknowledged the summary of a held session. */
public record SummaryAcknowledged(long sessionId, long staffId, String staffName, String coach, LocalDate sessionDay) {
}
