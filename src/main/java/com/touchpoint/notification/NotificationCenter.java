package com.touchpoint.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Sends notifications to users and lets each signed-in user read and clear only their own.
 * Senders are other features' services and jobs, which have already decided who should be told.
 */
@Service
public class NotificationCenter {

    private static final TypeReference<List<String>> ARGS = new TypeReference<>() {
    };

    private final NotificationRepository notifications;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    NotificationCenter(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so a notification exists only if what it announces was stored. */
    @Transactional
    public void send(String recipient, String messageKey, List<String> args, String link) {
        notifications.save(new NotificationMessage(recipient, messageKey, write(args), link, clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(reader());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> recent(int limit) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(reader(), PageRequest.of(0, limit)).stream()
                .map(this::notice)
                .toList();
    }

    /** Someone else's notification is reported as not found, so its existence is not revealed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Notice markRead(long id) {
        NotificationMessage message = notifications.findByIdAndRecipient(id, reader())
                .orElseThrow(() -> new NotFoundException("notification.not-found", id));
        message.markRead(clock.instant());
        return notice(message);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(reader(), clock.instant());
    }

    private static String reader() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth.getName();
    }

    private Notice notice(NotificationMessage m) {
        return new Notice(m.getId(), m.getMessageKey(), read(m.getMessageArgs()), m.getLink(), m.getCreatedAt(),
                m.getReadAt() != null);
    }

    private String write(List<String> args) {
        try {
            return json.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notification arguments cannot be written", e);
        }
    }

    private List<String> read(String args) {
        try {
            return json.readValue(args, ARGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored notification arguments are not a JSON list: " + args, e);
        }
    }
}
