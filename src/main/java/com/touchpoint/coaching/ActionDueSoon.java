package com.touchpoint.coaching;

import java.time.LocalDate;

/** Published once per open action by the daily reminder run, when its due date comes within two days. */
public record ActionDueSoon(long actionId, long sessionId, long staffId, String coach, ActionOwner owner,
                            String description, LocalDate dueDate) {
}
