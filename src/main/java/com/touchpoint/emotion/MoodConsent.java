package com.touchpoint.emotion;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.staff.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;

/**
 * "Share my check-ins with my supervisor": only the staff member turns it on or off, effective at once (every
 * read checks it), and each change is audited.
 */
@Service
public class MoodConsent {

    private final ConsentStore consents;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;

    MoodConsent(ConsentStore consents, CurrentUser user, AuditLog audit, Clock clock) {
        this.consents = consents;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public boolean mine() {
        return consents.shares(me());
    }

    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public boolean setMine(boolean shared) {
        long staffId = me();
        boolean before = consents.shares(staffId);
        if (before != shared) {
            consents.set(staffId, shared, clock.instant());
            audit.record("emotion.consent", "MoodConsent", String.valueOf(staffId), Map.of("shared", before),
                    Map.of("shared", shared));
        }
        return shared;
    }

    private long me() {
        return user.staffId().orElseThrow(() -> new AccessDeniedException("no staff record"));
    }
}
