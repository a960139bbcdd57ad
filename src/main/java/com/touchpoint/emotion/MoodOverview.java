package com.touchpoint.emotion;

import com.touchpoint.shared.Period;

import java.util.List;
import java.util.Map;

/**
 * One person's mood over a period: check-ins without notes, weekly trend, tags, contagion and strain signals. What
 * the person sees of themselves beside their notes, and what their supervisor sees with their consent.
 */
public record MoodOverview(long staffId, Period period, List<MoodPoint> checkIns, List<TrendPoint> weeklyTrend,
                           Map<MoodTag, Long> tagCounts, ContagionFigure contagion, List<StrainSignal> signals) {
}
