package com.touchpoint.emotion;

import com.touchpoint.shared.Translatable;

/** When in the work day a check-in is made. */
public enum Moment implements Translatable {
    SHIFT_START, SHIFT_END;

    @Override
    public String messageKey() {
        return "emotion.moment." + name();
    }
}
