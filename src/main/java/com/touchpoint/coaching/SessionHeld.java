package com.touchpoint.coaching;

import java.time.LocalDate;

/** Published when the coach marked a session held: its summary now waits for the staff member's acknowledgement. */
public record SessionHeld(long sessionId, long staffId, String coach, LocalDate sessionDay) {
}
