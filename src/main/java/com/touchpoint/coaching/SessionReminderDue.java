package com.touchpoint.coaching;

import java.time.LocalDateTime;

/** Published once per scheduled session by the daily reminder run, when it takes place today or tomorrow. */
public record SessionReminderDue(long sessionId, long staffId, String staffName, String coach,
                                 LocalDateTime scheduledAt) {
}
