package com.touchpoint.emotion;

import com.touchpoint.shared.Period;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Team climate and personal trends (EMOTION.md), free of Spring and the database. */
final class ClimateCalculator {

    private ClimateCalculator() {
    }

    /** The climate of the check-ins of a team's active members in one window, under the k rule. */
    static Climate climate(Period window, Collection<MoodPoint> checkIns, int activeMembers, int k) {
        List<MoodPoint> inWindow = checkIns.stream().filter(c -> within(c, window)).toList();
        int participants = (int) inWindow.stream().mapToLong(MoodPoint::staffId).distinct().count();
        if (participants < k) {
            return Climate.suppressed(window);
        }
        long low = inWindow.stream().filter(MoodPoint::lowMood).count();
        return new Climate(window, false, participants, activeMembers,
                activeMembers == 0 ? null : participants * 100.0 / activeMembers,
                inWindow.stream().mapToInt(MoodPoint::mood).average().orElseThrow(),
                inWindow.stream().mapToInt(MoodPoint::stress).average().orElseThrow(),
                low * 100.0 / inWindow.size(), tagCounts(inWindow));
    }

    /** One person's means per window. */
    static List<TrendPoint> trend(List<Period> windows, Collection<MoodPoint> checkIns) {
        return windows.stream().map(window -> {
            List<MoodPoint> in = checkIns.stream().filter(c -> within(c, window)).toList();
            return new TrendPoint(window, in.size(),
                    in.isEmpty() ? null : in.stream().mapToInt(MoodPoint::mood).average().orElseThrow(),
                    in.isEmpty() ? null : in.stream().mapToInt(MoodPoint::stress).average().orElseThrow());
        }).toList();
    }

    static Map<MoodTag, Long> tagCounts(Collection<MoodPoint> checkIns) {
        Map<MoodTag, Long> tags = new EnumMap<>(MoodTag.class);
        checkIns.forEach(c -> c.tags().forEach(tag -> tags.merge(tag, 1L, Long::sum)));
        return tags;
    }

    private static boolean within(MoodPoint c, Period window) {
        return !c.workDate().isBefore(window.from()) && !c.workDate().isAfter(window.to());
    }
}
