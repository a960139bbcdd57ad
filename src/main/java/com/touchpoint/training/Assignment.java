package com.touchpoint.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An assignment as lists show it, with its status on the day it was read. {@code failedAttemptId} and
 * {@code failedScore} are the latest attempt that did not pass while it was open (null when none).
 */
public record Assignment(long id, long staffId, String employeeNo, String staffName, String moduleId,
                         LocalizedText title, LocalDate dueDate, String assignedBy, Instant assignedAt,
                         Instant completedAt, Long attemptId, AssignmentStatus status,
                         Long failedAttemptId, BigDecimal failedScore) {

    /** Played to an ending after it was assigned, but not passed yet: it stays open. */
    public boolean attemptedNotPassed() {
        return !status.done() && failedAttemptId != null;
    }
}
