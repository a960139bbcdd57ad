package com.touchpoint.coaching;

import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a session: its coach is a supervisor of the staff member's team (never the staff member
 * themselves), its owner is the staff member. Everyone else, HR and QUALITY included, is refused.
 */
@Component
class SessionGuard {

    private final AccessPolicy access;
    private final CurrentUser user;

    SessionGuard(AccessPolicy access, CurrentUser user) {
        this.access = access;
        this.user = user;
    }

    boolean coaches(long staffId) {
        return access.canCoachStaff(staffId) && !isSelf(staffId);
    }

    boolean isSelf(long staffId) {
        return user.staffId().filter(id -> id == staffId).isPresent();
    }

    void requireCoach(long staffId) {
        if (!coaches(staffId)) {
            throw new AccessDeniedException("Only a supervisor of staff " + staffId + "'s team coaches them");
        }
    }

    void requireOwner(long staffId) {
        if (!isSelf(staffId)) {
            throw new AccessDeniedException("Only staff " + staffId + " may do this");
        }
    }

    /** @return true for the coach, false for the staff member; anyone else is refused */
    boolean requireCoachOrOwner(long staffId) {
        if (coaches(staffId)) {
            return true;
        }
        requireOwner(staffId);
        return false;
    }

    java.util.Optional<Long> ownStaffId() {
        return user.staffId();
    }

    String username() {
        return user.username().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
