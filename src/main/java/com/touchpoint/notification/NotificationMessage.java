package com.touchpoint.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One notification for one user: a message key with arguments, so it is shown in the reader's language. */
@Entity
@Table(name = "notification_message")
class NotificationMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "message_args", nullable = false)
    private String messageArgs;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected NotificationMessage() {
    }

    NotificationMessage(String recipient, String messageKey, String messageArgs, String link, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.link = link;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getMessageArgs() {
        return messageArgs;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }
}
