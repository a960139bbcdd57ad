package com.touchpoint.coaching;

import java.util.ArrayList;
import java.util.List;

/**
 * The "who may need coaching" score: a plain sum of parts, each shown with its value and points so the ranking is
 * never a black box. The rule is written on the screen from these weights.
 */
final class CoachingScore {

    static final double PER_INDEX_POINT = 1;
    static final double PER_WEAK_ITEM = 2;
    static final double PER_OVERDUE_TRAINING = 3;
    static final double PER_COMPLAINT = 3;
    static final double DAYS_PER_POINT = 10;
    static final int MAX_DAYS = 90;
    static final double STRAIN = 5;

    private CoachingScore() {
    }

    /**
     * @param indexGap          target − adjusted index, when positive; 0 at or above target or without figures
     * @param weakItems         weak items (counted only on at least the minimum sample)
     * @param daysSinceSession  days since the last held session, null when there was none (counts as the maximum)
     * @param strain            null when strain signals are not shared with the caller (the part is left out)
     */
    static List<ScorePart> parts(double indexGap, int weakItems, int overdueTraining, int complaints,
                                 Long daysSinceSession, Boolean strain) {
        List<ScorePart> parts = new ArrayList<>();
        double gap = Math.max(0, indexGap);
        parts.add(new ScorePart(ScorePart.Kind.INDEX_GAP, gap, gap * PER_INDEX_POINT));
        parts.add(new ScorePart(ScorePart.Kind.WEAK_ITEMS, weakItems, weakItems * PER_WEAK_ITEM));
        parts.add(new ScorePart(ScorePart.Kind.OVERDUE_TRAINING, overdueTraining, overdueTraining * PER_OVERDUE_TRAINING));
        parts.add(new ScorePart(ScorePart.Kind.COMPLAINTS, complaints, complaints * PER_COMPLAINT));
        long days = daysSinceSession == null ? MAX_DAYS : Math.min(daysSinceSession, MAX_DAYS);
        parts.add(new ScorePart(ScorePart.Kind.DAYS_SINCE_SESSION, days, days / DAYS_PER_POINT));
        if (strain != null) {
            parts.add(new ScorePart(ScorePart.Kind.STRAIN, strain ? 1 : 0, strain ? STRAIN : 0));
        }
        return parts;
    }

    static double total(List<ScorePart> parts) {
        return parts.stream().mapToDouble(ScorePart::points).sum();
    }
}
