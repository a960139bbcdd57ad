package com.touchpoint.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A dated amendment to a finished session, which itself is never edited. */
@Entity
@Table(name = "coaching_addendum")
class SessionAddendum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String author;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected SessionAddendum() {
    }

    SessionAddendum(long sessionId, String text, String author, Instant addedAt) {
        this.sessionId = sessionId;
        this.text = text;
        this.author = author;
        this.addedAt = addedAt;
    }

    String getText() {
        return text;
    }

    String getAuthor() {
        return author;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
