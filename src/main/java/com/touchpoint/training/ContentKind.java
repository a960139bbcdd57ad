package com.touchpoint.training;

import com.touchpoint.shared.Translatable;

/** The kinds of code a module names, for "unknown value" problems. */
public enum ContentKind implements Translatable {
    SKILL, MOOD, ENDING, MOMENT, POST, ITEM;

    @Override
    public String messageKey() {
        return "training.content-kind." + name();
    }
}
