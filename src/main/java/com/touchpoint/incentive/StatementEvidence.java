package com.touchpoint.incentive;

import com.touchpoint.recognition.GiverTotal;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.training.Assignment;

import java.util.List;

/**
 * What every figure of a statement rests on: the scheme version's parameters behind the base and coefficients,
 * the month's callbacks behind n and the index (valid ones are COMPLETED with answers), the kudos per giver with
 * what counted and the excess, the assignments due in the month with their completion dates, and the complaint
 * callbacks behind the deduction. {@code estimate} marks a live figure for the running month, not a statement.
 */
public record StatementEvidence(Statement statement, SchemeVersion scheme, List<CallbackSummary> callbacks,
                                List<GiverTotal> kudosByGiver, List<KudosView> kudos,
                                List<Assignment> assignmentsDue, List<CallbackSummary> complaintCallbacks,
                                boolean estimate) {

    public int kudosExcess() {
        return kudosByGiver.stream().mapToInt(GiverTotal::excess).sum();
    }
}
