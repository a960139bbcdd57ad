package com.touchpoint.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action agreed in a session: who does it, by when, the questionnaire item (or the index) it targets and,
 * optionally, the training assignment created with it.
 */
@Entity
@Table(name = "coaching_action_item")
class ActionItem {

    /** The target of an action aimed at the satisfaction index as a whole rather than one item. */
    static final String INDEX = "INDEX";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionOwner owner;

    @Column(nullable = false)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private String target;

    @Column(name = "training_assignment_id")
    private Long trainingAssignmentId;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "due_reminded_at")
    private Instant dueRemindedAt;

    @Column(name = "overdue_flagged_at")
    private Instant overdueFlaggedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(long sessionId, long staffId, ActionOwner owner, String description, LocalDate dueDate, String target,
               Long trainingAssignmentId, Instant createdAt) {
        this.sessionId = sessionId;
        this.staffId = staffId;
        this.owner = owner;
        this.description = description;
        this.dueDate = dueDate;
        this.target = target;
        this.trainingAssignmentId = trainingAssignmentId;
        this.createdAt = createdAt;
    }

    void done(LocalDate on) {
        doneOn = on;
    }

    /** Open, not yet reminded, due from today until {@code until}: as the reminder run selects it. */
    boolean dueSoon(LocalDate today, LocalDate until) {
        return doneOn == null && dueRemindedAt == null && !dueDate.isBefore(today) && !dueDate.isAfter(until);
    }

    /** Open, past its due date and not yet flagged. */
    boolean newlyOverdue(LocalDate today) {
        return doneOn == null && overdueFlaggedAt == null && dueDate.isBefore(today);
    }

    void remindedOfDueDate(Instant when) {
        dueRemindedAt = when;
    }

    void flaggedOverdue(Instant when) {
        overdueFlaggedAt = when;
    }

    Long getId() {
        return id;
    }

    long getSessionId() {
        return sessionId;
    }

    long getStaffId() {
        return staffId;
    }

    ActionOwner getOwner() {
        return owner;
    }

    String getDescription() {
        return description;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    String getTarget() {
        return target;
    }

    Long getTrainingAssignmentId() {
        return trainingAssignmentId;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }
}
