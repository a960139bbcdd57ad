package com.touchpoint.emotion;

import com.touchpoint.shared.Translatable;

/** What a check-in says weighs on the mood (EMOTION.md). */
public enum MoodTag implements Translatable {
    WORKLOAD, DIFFICULT_CUSTOMER, SYSTEM, PERSONAL, OTHER;

    @Override
    public String messageKey() {
        return "emotion.tag." + name();
    }
}
