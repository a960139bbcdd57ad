package com.touchpoint.coaching;

import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coaching overview of a team over the last six months: counts only, so HR, QUALITY and ADMIN may read it for
 * any team, a supervisor for their own.
 */
@Service
public class CoachingOverview {

    static final int MONTHS = 6;

    private final CoachingSessionRepository sessions;
    private final ActionItemRepository actions;
    private final CoachingOutcomes outcomes;
    private final StaffDirectory directory;
    private final OperatorTime time;

    CoachingOverview(CoachingSessionRepository sessions, ActionItemRepository actions, CoachingOutcomes outcomes,
                     StaffDirectory directory, OperatorTime time) {
        this.sessions = sessions;
        this.actions = actions;
        this.outcomes = outcomes;
        this.directory = directory;
        this.time = time;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canCoachTeam(#teamId) or @access.seesEveryone()")
    public CoachingOverviewReport forTeam(long teamId) {
        LocalDate today = time.today();
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1L);
        List<StaffRef> members = directory.teamRefs(teamId).stream().filter(StaffRef::active).toList();
        List<CoachingSession> held = members.isEmpty() ? List.of()
                : sessions.findByStaffIdInOrderByScheduledAtDesc(members.stream().map(StaffRef::id).toList()).stream()
                .filter(s -> !s.isScheduled() && !YearMonth.from(date(s)).isBefore(first)).toList();
        Map<Long, List<CoachingSession>> byStaff = new HashMap<>();
        held.forEach(s -> byStaff.computeIfAbsent(s.getStaffId(), k -> new ArrayList<>()).add(s));
        Map<Long, List<ActionItem>> actionsBySession = new HashMap<>();
        if (!held.isEmpty()) {
            actions.findBySessionIdIn(held.stream().map(CoachingSession::getId).toList())
                    .forEach(a -> actionsBySession.computeIfAbsent(a.getSessionId(), k -> new ArrayList<>()).add(a));
        }
        List<CoachingOverviewReport.Figures> figures = new ArrayList<>();
        Tally team = new Tally();
        for (StaffRef member : members) {
            Tally tally = new Tally();
            for (CoachingSession s : byStaff.getOrDefault(member.id(), List.of())) {
                tally.add(s, actionsBySession.getOrDefault(s.getId(), List.of()), outcomes.outcomesOf(s), today);
            }
            team.plus(tally);
            figures.add(tally.figures(member.id(), member.name()));
        }
        return new CoachingOverviewReport(months(held, first, today), figures, team.figures(null, null));
    }

    private List<CoachingOverviewReport.MonthCount> months(Collection<CoachingSession> held, YearMonth first,
                                                          LocalDate today) {
        List<CoachingOverviewReport.MonthCount> result = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            YearMonth month = m;
            result.add(new CoachingOverviewReport.MonthCount(month,
                    (int) held.stream().filter(s -> YearMonth.from(date(s)).equals(month)).count()));
        }
        return result;
    }

    private LocalDate date(CoachingSession s) {
        return s.getScheduledAt().atZone(time.zone()).toLocalDate();
    }

    /** Counts for one member or the whole team. */
    private static final class Tally {
        int sessions;
        int waiting;
        int onTime;
        int late;
        int open;
        int overdue;
        int measured;
        int improved;

        void add(CoachingSession s, List<ActionItem> items, List<FocusOutcome> checks, LocalDate today) {
            sessions++;
            waiting += s.getState() == SessionState.HELD ? 1 : 0;
            for (ActionItem a : items) {
                switch (ActionStatus.of(a.getDueDate(), a.getDoneOn(), today)) {
                    case DONE_ON_TIME -> onTime++;
                    case DONE_LATE -> late++;
                    case OVERDUE -> {
                        open++;
                        overdue++;
                    }
                    case OPEN -> open++;
                }
            }
            for (FocusOutcome check : checks) {
                measured += check.measured() ? 1 : 0;
                improved += check.status() == FocusOutcome.Status.IMPROVED ? 1 : 0;
            }
        }

        void plus(Tally o) {
            sessions += o.sessions;
            waiting += o.waiting;
            onTime += o.onTime;
            late += o.late;
            open += o.open;
            overdue += o.overdue;
            measured += o.measured;
            improved += o.improved;
        }

        CoachingOverviewReport.Figures figures(Long staffId, String name) {
            return new CoachingOverviewReport.Figures(staffId, name, sessions, waiting, onTime, late, open, overdue,
                    measured, improved, measured == 0 ? null : improved * 100.0 / measured);
        }
    }
}
