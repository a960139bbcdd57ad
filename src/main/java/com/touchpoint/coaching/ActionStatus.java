package com.touchpoint.coaching;

import com.touchpoint.shared.Translatable;

/** Where an action stands on a given day. */
public enum ActionStatus implements Translatable {
    OPEN, OVERDUE, DONE_ON_TIME, DONE_LATE;

    static ActionStatus of(java.time.LocalDate dueDate, java.time.LocalDate doneOn, java.time.LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueDate) ? DONE_LATE : DONE_ON_TIME;
        }
        return today.isAfter(dueDate) ? OVERDUE : OPEN;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    @Override
    public String messageKey() {
        return "coaching.action.status." + name();
    }
}
