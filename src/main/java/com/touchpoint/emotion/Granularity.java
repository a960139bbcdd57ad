package com.touchpoint.emotion;

import com.touchpoint.shared.Period;
import com.touchpoint.shared.Translatable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The windows team climate is shown by: days, ISO weeks (Monday to Sunday) or calendar months. */
public enum Granularity implements Translatable {
    DAY, WEEK, MONTH;

    /** The windows covering the period, oldest first, the first and last cut to the period. */
    public List<Period> windows(Period period) {
        List<Period> windows = new ArrayList<>();
        LocalDate from = period.from();
        while (!from.isAfter(period.to())) {
            LocalDate end = switch (this) {
                case DAY -> from;
                case WEEK -> from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case MONTH -> from.with(TemporalAdjusters.lastDayOfMonth());
            };
            LocalDate to = end.isAfter(period.to()) ? period.to() : end;
            windows.add(new Period(from, to));
            from = to.plusDays(1);
        }
        return windows;
    }

    @Override
    public String messageKey() {
        return "emotion.granularity." + name();
    }
}
