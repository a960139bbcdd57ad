package com.touchpoint.training;

import java.time.LocalDate;

/** Published when a supervisor assigned a module to a staff member. */
public record TrainingAssigned(long assignmentId, long staffId, String moduleId, LocalizedText title,
                               LocalDate dueDate, String assignedBy) {
}
