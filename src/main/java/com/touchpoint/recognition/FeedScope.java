package com.touchpoint.recognition;

import com.touchpoint.shared.Translatable;

/** Whose recognition a feed shows: my team (with customer praise), my branch, or everyone. */
public enum FeedScope implements Translatable {
    TEAM, BRANCH, EVERYONE;

    @Override
    public String messageKey() {
        return "recognition.feed." + name();
    }
}
