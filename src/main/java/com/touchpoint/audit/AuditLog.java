package com.touchpoint.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The audit log every feature writes to when admins, HR or integrations change data. An entry is
 * written in the caller's transaction, so a change and its audit entry are stored together or not at all.
 */
@Service
public class AuditLog {

    static final int MAX_STATE_LENGTH = 4000;
    static final int MAX_KEY_LENGTH = 100;
    static final int MAX_ACTOR_LENGTH = 80;

    private final AuditLogRepository entries;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public AuditLog(AuditLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityKey, Object before, Object after) {
        entries.save(new AuditLogEntry(clock.instant(), shorten(currentActor(), MAX_ACTOR_LENGTH), action, entityType,
                shorten(entityKey, MAX_KEY_LENGTH), toJson(before), toJson(after)));
    }

    /** For what happens before anyone is signed in, such as a sign-in itself: the caller names the actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String entityType, String entityKey, Object before, Object after) {
        entries.save(new AuditLogEntry(clock.instant(), shorten(actor, MAX_ACTOR_LENGTH), action, entityType,
                shorten(entityKey, MAX_KEY_LENGTH), toJson(before), toJson(after)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditLogEntry> search(String text, Pageable page) {
        return entries.search(pattern(text), page).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return entries.countMatching(pattern(text));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditLogEntry> historyOf(String entityType, String entityKey) {
        return entries.findByEntityTypeAndEntityKeyOrderByIdAsc(entityType, entityKey);
    }

    private static String pattern(String text) {
        return text == null || text.isBlank() ? "" : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    /** Long keys (such as uploaded file names) and states are cut to their column, marked with an ellipsis. */
    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            String text = state instanceof String s ? s : json.writeValueAsString(state);
            return shorten(text, MAX_STATE_LENGTH);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state is not serialisable: " + state.getClass(), e);
        }
    }
}
