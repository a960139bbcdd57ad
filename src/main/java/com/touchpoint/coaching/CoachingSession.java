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
import java.util.Arrays;
import java.util.List;

/**
 * A 1:1 between a supervisor and a member of their team. Notes change only while it is scheduled; once held it is
 * fixed and waits for the staff member's acknowledgement, and later changes are addenda.
 */
@Entity
@Table(name = "coaching_session")
class CoachingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(nullable = false)
    private String supervisor;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false)
    private SessionType type;

    @Column(name = "focus_items", nullable = false)
    private String focusItems;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionState state;

    @Column(name = "shared_notes")
    private String sharedNotes;

    @Column(name = "private_notes")
    private String privateNotes;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "ack_comment")
    private String ackComment;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CoachingSession() {
    }

    CoachingSession(long staffId, String supervisor, Instant scheduledAt, SessionType type, List<String> focusItems,
                    Instant createdAt) {
        this.staffId = staffId;
        this.supervisor = supervisor;
        this.scheduledAt = scheduledAt;
        this.type = type;
        this.focusItems = String.join(",", focusItems);
        this.state = SessionState.SCHEDULED;
        this.createdAt = createdAt;
    }

    void recordNotes(String shared, String privately) {
        sharedNotes = shared;
        privateNotes = privately;
    }

    void hold(Instant when) {
        state = SessionState.HELD;
        heldAt = when;
    }

    void acknowledge(Instant when, String comment) {
        state = SessionState.ACKNOWLEDGED;
        acknowledgedAt = when;
        ackComment = comment;
    }

    /** Scheduled within [from, to) and not yet reminded: as the reminder run selects it. */
    boolean dueForReminder(Instant from, Instant to) {
        return state == SessionState.SCHEDULED && remindedAt == null && !scheduledAt.isBefore(from)
                && scheduledAt.isBefore(to);
    }

    void reminded(Instant when) {
        remindedAt = when;
    }

    boolean isScheduled() {
        return state == SessionState.SCHEDULED;
    }

    Long getId() {
        return id;
    }

    long getStaffId() {
        return staffId;
    }

    String getSupervisor() {
        return supervisor;
    }

    Instant getScheduledAt() {
        return scheduledAt;
    }

    SessionType getType() {
        return type;
    }

    List<String> getFocusItems() {
        return focusItems.isBlank() ? List.of() : Arrays.asList(focusItems.split(","));
    }

    SessionState getState() {
        return state;
    }

    String getSharedNotes() {
        return sharedNotes;
    }

    String getPrivateNotes() {
        return privateNotes;
    }

    Instant getHeldAt() {
        return heldAt;
    }

    Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    String getAckComment() {
        return ackComment;
    }
}
