package com.touchpoint.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A module a supervisor asked a staff member to complete by a due date. */
@Entity
@Table(name = "training_assignment")
class TrainingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_attempt_id")
    private Long completedAttemptId;

    @Column(name = "failed_attempt_id")
    private Long failedAttemptId;

    @Column(name = "failed_score")
    private BigDecimal failedScore;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "overdue_flagged_at")
    private Instant overdueFlaggedAt;

    @Version
    private long version;

    protected TrainingAssignment() {
    }

    TrainingAssignment(long staffId, String moduleId, LocalDate dueDate, String assignedBy, Instant assignedAt) {
        this.staffId = staffId;
        this.moduleId = moduleId;
        this.dueDate = dueDate;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    AssignmentStatus status(LocalDate today, ZoneId zone) {
        if (completedAt != null) {
            return completedAt.atZone(zone).toLocalDate().isAfter(dueDate) ? AssignmentStatus.DONE_LATE : AssignmentStatus.DONE;
        }
        return today.isAfter(dueDate) ? AssignmentStatus.OVERDUE : AssignmentStatus.OPEN;
    }

    /** Only a passed attempt completes the assignment; a failed one is remembered and leaves it open. */
    void attempted(long attemptId, boolean passed, BigDecimal score, Instant when) {
        if (completedAt != null) {
            return;
        }
        if (passed) {
            completedAttemptId = attemptId;
            completedAt = when;
        } else {
            failedAttemptId = attemptId;
            failedScore = score;
        }
    }

    /** Open, not yet reminded and due within the window: as the reminder run selects them. */
    boolean dueForReminder(LocalDate from, LocalDate to) {
        return completedAt == null && remindedAt == null && !dueDate.isBefore(from) && !dueDate.isAfter(to);
    }

    /** Open, past its due date and not yet flagged. */
    boolean newlyOverdue(LocalDate today) {
        return completedAt == null && overdueFlaggedAt == null && dueDate.isBefore(today);
    }

    void reminded(Instant when) {
        remindedAt = when;
    }

    void flaggedOverdue(Instant when) {
        overdueFlaggedAt = when;
    }

    Long getId() {
        return id;
    }

    long getStaffId() {
        return staffId;
    }

    String getModuleId() {
        return moduleId;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    String getAssignedBy() {
        return assignedBy;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    Long getCompletedAttemptId() {
        return completedAttemptId;
    }

    Long getFailedAttemptId() {
        return failedAttemptId;
    }

    BigDecimal getFailedScore() {
        return failedScore;
    }
}
