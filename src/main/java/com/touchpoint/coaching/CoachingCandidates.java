package com.touchpoint.coaching;

import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.TrainingAssignments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Who may need coaching": the supervisor's team ranked by {@link CoachingScore}, from the satisfaction indicators of
 * the last 90 days, overdue training, complaints of the last 30 days and the days since the last session; the strain
 * signal is a part only when a {@link MoodSignals} implementation exists and the person shares it.
 */
@Service
public class CoachingCandidates {

    static final int WINDOW_DAYS = 90;
    static final int COMPLAINT_DAYS = 30;

    private final CoachingSessionRepository sessions;
    private final SessionGuard guard;
    private final IndicatorService indicators;
    private final CallbackQueries callbacks;
    private final TrainingAssignments training;
    private final ObjectProvider<MoodSignals> mood;
    private final OperatorTime time;

    CoachingCandidates(CoachingSessionRepository sessions, SessionGuard guard, IndicatorService indicators,
                       CallbackQueries callbacks, TrainingAssignments training, ObjectProvider<MoodSignals> mood,
                       OperatorTime time) {
        this.sessions = sessions;
        this.guard = guard;
        this.indicators = indicators;
        this.callbacks = callbacks;
        this.training = training;
        this.mood = mood;
        this.time = time;
    }

    /** Whether the score has a strain part at all (a mood implementation is present). */
    public boolean strainAvailable() {
        return mood.getIfAvailable() != null;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canCoachTeam(#teamId)")
    public List<CoachingCandidate> forTeam(long teamId) {
        LocalDate today = time.today();
        Period window = new Period(today.minusDays(WINDOW_DAYS), today.minusDays(1));
        var self = guard.ownStaffId();
        List<StaffIndicators> members = indicators.forTeam(teamId, window).stream()
                .filter(m -> self.filter(id -> id == m.staffId()).isEmpty()).toList();
        Map<Long, Long> overdue = training.ofTeam(teamId).stream()
                .filter(a -> a.status() == AssignmentStatus.OVERDUE)
                .collect(Collectors.groupingBy(Assignment::staffId, Collectors.counting()));
        Map<Long, LocalDate> lastHeld = lastHeld(members.stream().map(StaffIndicators::staffId).toList());
        MoodSignals signals = mood.getIfAvailable();
        // whole-team reads, so that a larger team costs no more statements
        Map<Long, Integer> complaintCounts = callbacks.complaintCountsOfTeam(teamId,
                today.minusDays(COMPLAINT_DAYS - 1L), today);
        Map<Long, List<String>> strainReasons = signals == null ? Map.of() : signals.strainReasonsOfTeam(teamId);
        List<CoachingCandidate> result = new ArrayList<>();
        for (StaffIndicators m : members) {
            double gap = m.adjustedIndex() == null ? 0 : m.target() - m.adjustedIndex();
            int weak = m.insufficientSample(indicators.minSample()) ? 0 : m.weakItems().size();
            int complaints = complaintCounts.getOrDefault(m.staffId(), 0);
            LocalDate last = lastHeld.get(m.staffId());
            Long days = last == null ? null : ChronoUnit.DAYS.between(last, today);
            Boolean strain = signals == null || !strainReasons.containsKey(m.staffId()) ? null
                    : !strainReasons.get(m.staffId()).isEmpty();
            List<ScorePart> parts = CoachingScore.parts(gap, weak, overdue.getOrDefault(m.staffId(), 0L).intValue(),
                    complaints, days, strain);
            result.add(new CoachingCandidate(m.staffId(), m.name(), m.employeeNo(), CoachingScore.total(parts), parts,
                    m.callbacks(), m.adjustedIndex(), m.target()));
        }
        result.sort(Comparator.comparingDouble(CoachingCandidate::score).reversed()
                .thenComparing(CoachingCandidate::employeeNo));
        return result;
    }

    private Map<Long, LocalDate> lastHeld(List<Long> staffIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (staffIds.isEmpty()) {
            return last;
        }
        for (CoachingSession s : sessions.findByStaffIdInOrderByScheduledAtDesc(staffIds)) {
            if (!s.isScheduled()) {
                LocalDate date = s.getScheduledAt().atZone(time.zone()).toLocalDate();
                last.merge(s.getStaffId(), date, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }
}
