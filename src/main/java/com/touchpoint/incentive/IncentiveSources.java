package com.touchpoint.incentive;

import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingDue;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a month's calculation needs from the features that own it, through their public services and
 * under their access rules, for every active staff member: satisfaction figures from {@link IndicatorService},
 * complaints from the callbacks, counted kudos points from recognition and assignments due from training.
 */
@Component
class IncentiveSources {

    private static final TrainingDue NOTHING_DUE = new TrainingDue(0, 0);

    private final StaffDirectory directory;
    private final OrgStructure org;
    private final IndicatorService indicators;
    private final CallbackQueries callbacks;
    private final RecognitionFeeds recognition;
    private final TrainingAssignments training;

    IncentiveSources(StaffDirectory directory, OrgStructure org, IndicatorService indicators, CallbackQueries callbacks,
                     RecognitionFeeds recognition, TrainingAssignments training) {
        this.directory = directory;
        this.org = org;
        this.indicators = indicators;
        this.callbacks = callbacks;
        this.recognition = recognition;
        this.training = training;
    }

    /** Every active staff member's inputs, ordered by team code then employee number (the sheet's order). */
    List<SourceRow> gather(YearMonth month) {
        Period period = Period.of(month);
        Map<Long, String> teamNames = new HashMap<>();
        org.teams().forEach(t -> teamNames.put(t.id(), t.name()));
        Map<Long, Integer> complaints = callbacks.complaintCounts(month);
        Map<Long, Integer> points = recognition.countedPointsOfMonth(month);
        Map<Long, TrainingDue> due = training.dueIn(month);
        List<SourceRow> rows = new ArrayList<>();
        for (PostDetails post : org.posts()) {
            Map<Long, StaffRef> people = new HashMap<>();
            directory.withPost(post.code()).forEach(ref -> people.put(ref.id(), ref));
            for (StaffIndicators s : indicators.forPost(post.code(), period)) {
                StaffRef ref = people.get(s.staffId());
                TrainingDue training = due.getOrDefault(s.staffId(), NOTHING_DUE);
                rows.add(new SourceRow(
                        new StatementSubject(s.staffId(), s.employeeNo(), s.name(), post.code(), ref.teamCode(),
                                teamNames.getOrDefault(ref.teamId(), ref.teamCode())),
                        new IncentiveInputs(s.callbacks(), round(s.index()), round(s.adjustedIndex()),
                                BigDecimal.valueOf(s.target()).setScale(2, RoundingMode.HALF_UP), training.due(),
                                training.onTime(), points.getOrDefault(s.staffId(), 0),
                                complaints.getOrDefault(s.staffId(), 0))));
            }
        }
        rows.sort(Comparator.comparing((SourceRow r) -> r.subject().teamCode())
                .thenComparing(r -> r.subject().employeeNo()));
        return rows;
    }

    /** As INDICATORS.md reports every figure: half-up to 2 decimals, null where undefined. */
    static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
