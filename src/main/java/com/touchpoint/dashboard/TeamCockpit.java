package com.touchpoint.dashboard;

import com.touchpoint.coaching.CoachingActions;
import com.touchpoint.coaching.CoachingCandidate;
import com.touchpoint.coaching.CoachingCandidates;
import com.touchpoint.coaching.MoodSignals;
import com.touchpoint.coaching.OpenActions;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionState;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.emotion.Climate;
import com.touchpoint.emotion.TeamClimate;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.TrainingAssignments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervisor's coaching cockpit (教练看板): one team's members with every signal in a row, composed from the
 * features' public services, each of which applies its own access rule (a team the caller coaches, strain only for
 * members who share their check-ins with them). Every figure is read for the whole team at once, so a larger team
 * costs no more statements; only members who share their check-ins add their own mood reads.
 */
@Service
public class TeamCockpit {

    static final int TREND_MONTHS = 6;
    static final int CLIMATE_DAYS = 28;
    static final int CANDIDATES = 5;
    static final int UPCOMING = 5;

    private final IndicatorService indicators;
    private final TrainingAssignments training;
    private final RecognitionFeeds recognition;
    private final CoachingSessions sessions;
    private final CoachingActions actions;
    private final CoachingCandidates candidates;
    private final ObjectProvider<MoodSignals> mood;
    private final TeamClimate climate;
    private final OrgStructure org;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final OperatorTime time;
    private final Clock clock;

    TeamCockpit(IndicatorService indicators, TrainingAssignments training, RecognitionFeeds recognition,
                CoachingSessions sessions, CoachingActions actions, CoachingCandidates candidates,
                ObjectProvider<MoodSignals> mood, TeamClimate climate, OrgStructure org, AccessPolicy access,
                CurrentUser user, OperatorTime time, Clock clock) {
        this.indicators = indicators;
        this.training = training;
        this.recognition = recognition;
        this.sessions = sessions;
        this.actions = actions;
        this.candidates = candidates;
        this.mood = mood;
        this.climate = climate;
        this.org = org;
        this.access = access;
        this.user = user;
        this.time = time;
        this.clock = clock;
    }

    /** The teams the caller coaches, by code. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<OrgUnitDetails> myTeams() {
        return org.teamsVisibleToCurrentUser().stream().filter(t -> access.canCoachTeam(t.id())).toList();
    }

    /** The cockpit of a team the caller coaches, for the current month (operator time). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canCoachTeam(#teamId)")
    public Cockpit of(long teamId) {
        LocalDate today = time.today();
        YearMonth month = YearMonth.from(today);
        Map<YearMonth, List<StaffIndicators>> byMonth = indicators.forTeamByMonth(teamId, month, TREND_MONTHS);
        List<StaffIndicators> current = coached(byMonth.get(month));
        List<StaffIndicators> lastMonth = byMonth.get(month.minusMonths(1));
        Map<Long, StaffIndicators> previous = byStaff(lastMonth);
        Map<Long, Long> overdueTraining = training.ofTeam(teamId).stream()
                .filter(a -> a.status() == AssignmentStatus.OVERDUE)
                .collect(Collectors.groupingBy(Assignment::staffId, Collectors.counting()));
        Map<Long, List<KudosView>> kudos = recognition.ofTeam(teamId, month).stream()
                .filter(k -> !k.hidden())
                .collect(Collectors.groupingBy(KudosView::receiverId));
        List<SessionSummary> teamSessions = sessions.ofTeam(teamId);
        Map<Long, LocalDate> lastHeld = new HashMap<>();
        for (SessionSummary s : teamSessions) {
            if (s.state() != SessionState.SCHEDULED) {
                lastHeld.merge(s.staffId(), s.scheduledAt().toLocalDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Long, OpenActions> open = actions.openOfTeam(teamId);
        MoodSignals signals = mood.getIfAvailable();
        Map<Long, List<String>> strain = signals == null ? Map.of() : signals.strainReasonsOfTeam(teamId);

        List<CockpitRow> rows = new ArrayList<>();
        for (StaffIndicators m : current) {
            StaffIndicators before = previous.get(m.staffId());
            String weakest = m.weakItems().isEmpty() ? null : m.weakItems().get(0);
            LocalDate last = lastHeld.get(m.staffId());
            List<KudosView> received = kudos.getOrDefault(m.staffId(), List.of());
            OpenActions openActions = open.getOrDefault(m.staffId(), new OpenActions(0, 0));
            rows.add(new CockpitRow(m.staffId(), m.employeeNo(), m.name(), m.postCode(), m.callbacks(),
                    m.insufficientSample(indicators.minSample()), m.adjustedIndex(), m.target(),
                    m.satisfactionRate(), m.satisfactionRateLow(), m.satisfactionRateHigh(),
                    before == null ? null : before.adjustedIndex(), weakest, gap(m, weakest),
                    overdueTraining.getOrDefault(m.staffId(), 0L).intValue(), strain.get(m.staffId()),
                    received.size(), received.stream().mapToInt(KudosView::points).sum(), last,
                    last == null ? null : ChronoUnit.DAYS.between(last, today), openActions.open(),
                    openActions.overdue(), m.items()));
        }

        Period climateWindow = new Period(today.minusDays(CLIMATE_DAYS - 1L), today);
        Climate teamClimate = climate.overall(teamId, climateWindow);
        LocalDateTime now = LocalDateTime.now(clock.withZone(time.zone()));
        List<SessionSummary> upcoming = teamSessions.stream()
                .filter(s -> s.state() == SessionState.SCHEDULED && !s.scheduledAt().isBefore(now))
                .sorted(Comparator.comparing(SessionSummary::scheduledAt)).limit(UPCOMING).toList();
        List<CoachingCandidate> firstCandidates = candidates.forTeam(teamId).stream().limit(CANDIDATES).toList();
        return new Cockpit(teamId, month, target(current), rows, trend(byMonth, current), indicators.items(),
                climateWindow, teamClimate, climate.minGroup(), firstCandidates, upcoming, signals != null);
    }

    /** The members the caller coaches: a supervisor who is on the team's staff is not their own row. */
    private List<StaffIndicators> coached(List<StaffIndicators> members) {
        var self = user.staffId();
        return members.stream().filter(m -> self.filter(id -> id == m.staffId()).isEmpty()).toList();
    }

    private static Map<Long, StaffIndicators> byStaff(List<StaffIndicators> members) {
        return members.stream().collect(Collectors.toMap(StaffIndicators::staffId, Function.identity()));
    }

    private static Double gap(StaffIndicators m, String item) {
        if (item == null) {
            return null;
        }
        ItemIndicator weakest = m.items().stream().filter(i -> i.code().equals(item)).findFirst().orElseThrow();
        return weakest.mean() == null ? null : weakest.target() - weakest.mean();
    }

    /** The members' post targets weighted by their callbacks this month (a plain mean before any callback). */
    private static double target(List<StaffIndicators> members) {
        long n = members.stream().mapToLong(StaffIndicators::callbacks).sum();
        if (n == 0) {
            return members.stream().mapToDouble(StaffIndicators::target).average().orElse(0);
        }
        return members.stream().mapToDouble(m -> m.target() * m.callbacks()).sum() / n;
    }

    /** The coached members' index month by month up to this one. */
    private static List<TeamMonth> trend(Map<YearMonth, List<StaffIndicators>> byMonth, List<StaffIndicators> current) {
        Set<Long> coached = current.stream().map(StaffIndicators::staffId).collect(Collectors.toSet());
        List<TeamMonth> trend = new ArrayList<>();
        byMonth.forEach((m, team) -> trend.add(teamMonth(m, team.stream()
                .filter(s -> coached.contains(s.staffId())).toList())));
        return trend;
    }

    static TeamMonth teamMonth(YearMonth month, List<StaffIndicators> members) {
        long n = 0;
        double weighted = 0;
        for (StaffIndicators s : members) {
            if (s.index() != null) {
                n += s.callbacks();
                weighted += s.index() * s.callbacks();
            }
        }
        return new TeamMonth(month, n, n == 0 ? null : weighted / n);
    }
}
