package com.touchpoint.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A point the staff member wants to raise, added before the session. */
@Entity
@Table(name = "coaching_agenda_point")
class AgendaPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private String text;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AgendaPoint() {
    }

    AgendaPoint(long sessionId, String text, String addedBy, Instant addedAt) {
        this.sessionId = sessionId;
        this.text = text;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    String getText() {
        return text;
    }

    String getAddedBy() {
        return addedBy;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
