package com.touchpoint.dashboard;

import com.touchpoint.satisfaction.ItemIndicator;

import java.time.LocalDate;
import java.util.List;

/**
 * One team member on the supervisor's cockpit, every signal of one row: the month's callbacks (n), adjusted index
 * against the post target with the 95% interval of the satisfaction rate, the change of the adjusted index against
 * last month, the weakest item (largest weighted gap) and its gap in points, overdue training, the strain reasons
 * (null unless the member shares their check-ins with the caller), kudos received this month, the last held
 * coaching session and the agreed actions not done yet. Figures are unrounded; null where undefined.
 */
public record CockpitRow(long staffId, String employeeNo, String name, String postCode, long callbacks,
                         boolean insufficientSample, Double adjustedIndex, double target, Double satisfactionRate,
                         Double satisfactionRateLow, Double satisfactionRateHigh, Double previousAdjustedIndex,
                         String weakestItem, Double weakestGap, int trainingOverdue, List<String> strain,
                         int kudosReceived, int kudosPoints, LocalDate lastCoached, Long daysSinceCoaching,
                         int openActions, int overdueActions, List<ItemIndicator> items) {

    /** Change of the adjusted index against last month, null when either month has none. */
    public Double change() {
        return adjustedIndex == null || previousAdjustedIndex == null ? null : adjustedIndex - previousAdjustedIndex;
    }

    /** Whether a strain signal is shown: only for a member who shares with the caller and has one. */
    public boolean strained() {
        return strain != null && !strain.isEmpty();
    }

    /**
     * "Needs attention": under target on a sufficient sample, overdue training or actions, or a shared strain signal.
     */
    public boolean needsAttention() {
        boolean underTarget = !insufficientSample && adjustedIndex != null && adjustedIndex < target;
        return underTarget || trainingOverdue > 0 || overdueActions > 0 || strained();
    }
}
