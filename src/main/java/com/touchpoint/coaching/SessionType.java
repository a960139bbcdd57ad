package com.touchpoint.coaching;

import com.touchpoint.shared.Translatable;

/** The kind of 1:1 a supervisor schedules. */
public enum SessionType implements Translatable {
    REGULAR, AFTER_COMPLAINT, RECOGNITION, CHECK_IN;

    @Override
    public String messageKey() {
        return "coaching.type." + name();
    }
}
