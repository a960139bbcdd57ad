package com.touchpoint.coaching;

import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.shared.Period;

import java.time.LocalDate;

/**
 * The before/after check of one focus item: the item's mean (INDICATORS.md, from the satisfaction feature) over the
 * 30 days before the session and the 30 days from it, by service date, with both sample sizes. The difference is
 * given only once the second window is over and both windows reach the indicators' minimum sample.
 */
public record FocusOutcome(String itemCode, Period before, Period after, long beforeAnswers, Double beforeMean,
                           long afterAnswers, Double afterMean, Double difference, Status status) {

    static final int WINDOW_DAYS = 30;

    public enum Status implements com.touchpoint.shared.Translatable {
        TOO_EARLY, INSUFFICIENT_SAMPLE, IMPROVED, NOT_IMPROVED;

        @Override
        public String messageKey() {
            return "coaching.outcome." + name();
        }
    }

    static Period beforeWindow(LocalDate sessionDate) {
        return new Period(sessionDate.minusDays(WINDOW_DAYS), sessionDate.minusDays(1));
    }

    static Period afterWindow(LocalDate sessionDate) {
        return new Period(sessionDate, sessionDate.plusDays(WINDOW_DAYS - 1L));
    }

    static FocusOutcome of(String itemCode, LocalDate sessionDate, ItemIndicator before, ItemIndicator after,
                           LocalDate today, int minSample) {
        Period afterWindow = afterWindow(sessionDate);
        Status status;
        Double difference = null;
        if (!today.isAfter(afterWindow.to())) {
            status = Status.TOO_EARLY;
        } else if (before.answers() < minSample || after.answers() < minSample
                || before.mean() == null || after.mean() == null) {
            status = Status.INSUFFICIENT_SAMPLE;
        } else {
            difference = after.mean() - before.mean();
            status = difference > 0 ? Status.IMPROVED : Status.NOT_IMPROVED;
        }
        return new FocusOutcome(itemCode, beforeWindow(sessionDate), afterWindow, before.answers(), before.mean(),
                after.answers(), after.mean(), difference, status);
    }

    /** Whether the check has a verdict (the second window is over and both samples are large enough). */
    public boolean measured() {
        return status == Status.IMPROVED || status == Status.NOT_IMPROVED;
    }
}
