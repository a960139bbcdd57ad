package com.touchpoint.training;

import java.time.Instant;
import java.time.LocalDate;

/** An assignment as lists show it, with its status on the day it was read. */
public record Assignment(long id, long staffId, String employeeNo, String staffName, String moduleId,
                         LocalizedText title, LocalDate dueDate, String assignedBy, Instant assignedAt,
                         Instant completedAt, Long attemptId, AssignmentStatus status) {
}
