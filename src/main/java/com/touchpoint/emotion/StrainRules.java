package com.touchpoint.emotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The three strain rules of EMOTION.md, free of Spring and the database. */
final class StrainRules {

    static final int LOW_MOOD_WINDOW = 5;
    static final int LOW_MOOD_COUNT = 3;
    static final int STRESS_WINDOW = 10;
    static final int STRESS_MIN_CHECK_INS = 5;
    static final double HIGH_STRESS = 4.0;
    static final double FALL = 5.0;
    static final int COMPLAINTS = 2;

    private StrainRules() {
    }

    /**
     * @param latestFirst the person's check-ins, newest first (at least the last ten)
     * @param adjustedThisMonth adjusted index this month, null without one
     * @param adjustedLastMonth adjusted index last month, null without one
     * @param complaintsLastWeek complaint callbacks with a service date in the last 7 days
     */
    static List<StrainSignal> signals(List<MoodPoint> latestFirst, Double adjustedThisMonth, Double adjustedLastMonth,
                                      long complaintsLastWeek) {
        List<StrainSignal> signals = new ArrayList<>();
        List<MoodPoint> lastFive = latestFirst.subList(0, Math.min(LOW_MOOD_WINDOW, latestFirst.size()));
        long low = lastFive.stream().filter(MoodPoint::lowMood).count();
        if (low >= LOW_MOOD_COUNT) {
            signals.add(new StrainSignal(StrainSignal.Kind.LOW_MOOD, List.of(low, lastFive.size())));
        }
        Double stress = meanStress(latestFirst);
        if (stress != null && stress >= HIGH_STRESS && falling(adjustedThisMonth, adjustedLastMonth)) {
            signals.add(new StrainSignal(StrainSignal.Kind.STRESS_AND_FALLING, List.of(round(stress),
                    round(adjustedThisMonth), round(adjustedLastMonth))));
        }
        if (complaintsLastWeek >= COMPLAINTS) {
            signals.add(new StrainSignal(StrainSignal.Kind.COMPLAINTS, List.of(complaintsLastWeek)));
        }
        return signals;
    }

    /** Mean stress over the last ten check-ins, or null with fewer than five. */
    static Double meanStress(List<MoodPoint> latestFirst) {
        List<MoodPoint> lastTen = latestFirst.subList(0, Math.min(STRESS_WINDOW, latestFirst.size()));
        return lastTen.size() < STRESS_MIN_CHECK_INS ? null
                : lastTen.stream().mapToInt(MoodPoint::stress).average().orElseThrow();
    }

    static boolean falling(Double thisMonth, Double lastMonth) {
        // adjusted indexes are doubles: 85.3 − 80.3 must count as the 5 points it is shown as
        return thisMonth != null && lastMonth != null && lastMonth - thisMonth >= FALL - 1e-9;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
