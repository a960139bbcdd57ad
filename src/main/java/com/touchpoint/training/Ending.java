package com.touchpoint.training;

import com.touchpoint.shared.Translatable;

/** How a scenario ended. */
public enum Ending implements Translatable {
    GOOD, PARTIAL, BAD;

    @Override
    public String messageKey() {
        return "training.ending." + name();
    }
}
