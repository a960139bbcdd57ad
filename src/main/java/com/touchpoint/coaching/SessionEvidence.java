package com.touchpoint.coaching;

import com.touchpoint.recognition.KudosView;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.touchpoint.shared.Period;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AttemptSummary;

import java.time.LocalDate;
import java.util.List;

/**
 * What a session's agenda is pre-filled with, as of the session date: the indicators of the window before it, weak
 * items against target with the callbacks behind them, the six-month trend, training and recognition received.
 * {@code strainReasons} and {@code moodTrend} are null unless the staff member shares their check-ins with the viewer.
 */
public record SessionEvidence(long staffId, LocalDate asOf, Period window, long callbacks, Double index,
                              Double adjustedIndex, double target, boolean insufficientSample, int minSample,
                              List<WeakItem> weakItems, List<MonthlyFigure> trend, List<Assignment> assignments,
                              List<AttemptSummary> attempts, List<KudosView> kudos, int complaints,
                              List<String> strainReasons, List<MoodSignals.WeeklyMood> moodTrend) {

    /** A weighted item below its target in the window, with the low-scored callbacks (and comments) behind it. */
    public record WeakItem(String code, String nameZh, String nameEn, Double mean, long answers, double target,
                           List<CallbackSummary> callbacks) {
    }
}
