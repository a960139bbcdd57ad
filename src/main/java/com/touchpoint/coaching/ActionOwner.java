package com.touchpoint.coaching;

import com.touchpoint.shared.Translatable;

/** Who carries out an agreed action. */
public enum ActionOwner implements Translatable {
    STAFF, SUPERVISOR;

    @Override
    public String messageKey() {
        return "coaching.owner." + name();
    }
}
