package com.touchpoint.coaching;

import java.time.LocalDateTime;

/** Published when a supervisor scheduled a 1:1 with a member of their team; the time is the operator's. */
public record SessionScheduled(long sessionId, long staffId, String coach, LocalDateTime scheduledAt) {
}
