package com.touchpoint.training;

import com.touchpoint.shared.Translatable;

/** Where an assignment stands on a given day. */
public enum AssignmentStatus implements Translatable {
    OPEN, OVERDUE, DONE, DONE_LATE;

    @Override
    public String messageKey() {
        return "training.assignment.status." + name();
    }

    public boolean done() {
        return this == DONE || this == DONE_LATE;
    }
}
