package com.touchpoint.coaching;

import java.time.LocalDateTime;
import java.util.List;

/** A session to schedule: with whom, when (operator time), what kind and which questionnaire items to focus on. */
public record SessionRequest(Long staffId, LocalDateTime scheduledAt, SessionType type, List<String> focusItems) {
}
