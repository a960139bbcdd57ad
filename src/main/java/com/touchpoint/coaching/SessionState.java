package com.touchpoint.coaching;

import com.touchpoint.shared.Translatable;

/** Where a session stands; HELD means held and waiting for the staff member's acknowledgement. */
public enum SessionState implements Translatable {
    SCHEDULED, HELD, ACKNOWLEDGED;

    @Override
    public String messageKey() {
        return "coaching.state." + name();
    }
}
