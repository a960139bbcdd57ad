package com.touchpoint.coaching;

import java.time.YearMonth;
import java.util.List;

/**
 * A team's coaching in figures, no notes: sessions held per month, actions done on time / late / open, and the share
 * of measured focus items that improved, per member and for the team.
 */
public record CoachingOverviewReport(List<MonthCount> months, List<Figures> members, Figures team) {

    public record MonthCount(YearMonth month, int held) {
    }

    /** {@code improvedShare} is null while no focus item has been measured. */
    public record Figures(Long staffId, String name, int sessionsHeld, int waiting, int onTime, int late, int open,
                          int overdue, int focusMeasured, int focusImproved, Double improvedShare) {
    }
}
