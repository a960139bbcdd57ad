package com.touchpoint.recognition;

import com.touchpoint.shared.Translatable;

/** What a leaderboard ranks by. */
public enum LeaderboardMetric implements Translatable {
    ADJUSTED_INDEX, KUDOS_POINTS;

    @Override
    public String messageKey() {
        return "recognition.metric." + name();
    }
}
