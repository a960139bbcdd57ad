package com.touchpoint.recognition;

import com.touchpoint.shared.Translatable;

/** Where someone stands on a leaderboard: only the top band shows exact ranks. */
public enum Band implements Translatable {
    TOP_10, TOP_25, TOP_50, REST, NOT_RANKED;

    @Override
    public String messageKey() {
        return "recognition.band." + name();
    }
}
