package com.touchpoint.coaching;

import com.touchpoint.shared.Translatable;

/** One part of the coaching score: what was measured, its value and the points it adds. */
public record ScorePart(Kind kind, double value, double points) {

    public enum Kind implements Translatable {
        INDEX_GAP, WEAK_ITEMS, OVERDUE_TRAINING, COMPLAINTS, DAYS_SINCE_SESSION, STRAIN;

        @Override
        public String messageKey() {
            return "coaching.score." + name();
        }
    }
}
