package com.touchpoint.coaching;

import java.time.LocalDate;

/** Published once per action by the daily reminder run, when it is found past its due date and not done. */
public record ActionOverdue(long actionId, long sessionId, long staffId, String staffName, String coach,
                            ActionOwner owner, String description, LocalDate dueDate) {
}
