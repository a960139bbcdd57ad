package com.touchpoint.dashboard;

import com.touchpoint.coaching.ActionView;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.incentive.Statement;
import com.touchpoint.recognition.AllowanceStatus;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.Recommendation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What the staff home shows one staff member about themselves, as the features' services returned it.
 *
 * @param scores     the current month's indicators (the month My scores opens on)
 * @param trend      the adjusted index of the last {@link #TREND_MONTHS} months up to this one, oldest first
 * @param weakest    the item with the largest weighted gap to its target this month, if any is under target
 * @param overdue    open assignments past their due date, earliest due first
 * @param dueSoon    open assignments due within {@link #DUE_SOON_DAYS} days from today, earliest due first
 * @param comments   the latest callbacks with a customer comment, newest first
 * @param kudos      kudos received this month (hidden ones are not the staff member's to see)
 * @param nextSession the earliest coaching session still scheduled for today or later
 * @param awaitingAcknowledgement held sessions whose summary waits for the staff member
 * @param openActions agreed actions not done yet, earliest due first
 * @param estimate   the live incentive estimate of this month, empty when no scheme is in force for the post
 */
public record StaffOverview(long staffId, YearMonth month, LocalDate today, int minSample, StaffIndicators scores,
                            List<MonthlyFigure> trend, Optional<WeakestItem> weakest, List<Assignment> overdue,
                            List<Assignment> dueSoon, List<CallbackSummary> comments, List<KudosView> kudos,
                            AllowanceStatus allowance, Optional<SessionSummary> nextSession,
                            List<SessionSummary> awaitingAcknowledgement, List<ActionView> openActions,
                            Optional<Statement> estimate) {

    /** As many months as the trend on My scores. */
    public static final int TREND_MONTHS = 6;
    /** An open assignment due within this many days counts as due soon. */
    public static final int DUE_SOON_DAYS = 7;
    /** The latest customer comments shown. */
    public static final int COMMENTS = 3;

    public StaffOverview {
        trend = List.copyOf(trend);
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        comments = List.copyOf(comments);
        kudos = List.copyOf(kudos);
        awaitingAcknowledgement = List.copyOf(awaitingAcknowledgement);
        openActions = List.copyOf(openActions);
    }

    /** True when this month's callbacks are too few for a verdict on the index. */
    public boolean insufficientSample() {
        return scores.insufficientSample(minSample);
    }

    /** Points of the kudos received this month. */
    public int kudosPoints() {
        return kudos.stream().mapToInt(KudosView::points).sum();
    }

    /**
     * The weakest item of the month and the modules recommended for it: those of "Recommended for you" that train
     * it (recommendations look at the last 90 days, so a month's weak item may have none).
     */
    public record WeakestItem(ItemDefinition definition, ItemIndicator figures, List<Recommendation> training) {

        public WeakestItem {
            training = List.copyOf(training);
        }

        /** Target minus mean, in points of the 0–100 scale. */
        public double gap() {
            return figures.target() - figures.mean();
        }
    }
}
