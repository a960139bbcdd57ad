package com.touchpoint.training;

import java.time.LocalDate;

/** Published once per open assignment when its due date comes within the reminder window. */
public record AssignmentDueSoon(long assignmentId, long staffId, String moduleId, LocalizedText title,
                                LocalDate dueDate) {
}
