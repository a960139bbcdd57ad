package com.touchpoint.coaching;

import java.time.LocalDateTime;
import java.util.List;

/** A session in a list: no notes. */
public record SessionSummary(long id, long staffId, String staffName, String employeeNo, LocalDateTime scheduledAt,
                             SessionType type, List<String> focusItems, SessionState state) {
}
