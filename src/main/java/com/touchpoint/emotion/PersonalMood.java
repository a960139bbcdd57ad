package com.touchpoint.emotion;

import com.touchpoint.satisfaction.CallbackScores;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.touchpoint.satisfaction.ScoredCallback;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffName;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A person's mood figures, for themselves or, with their consent, for their team's supervisor (EMOTION.md). A
 * colleague, another team's supervisor, HR, quality and admin are refused here, whatever page asks.
 */
@Service
public class PersonalMood {

    /** The period "My mood" and the supervisor's view cover: the last three months up to today. */
    static final int MONTHS = 3;

    private final CheckInRepository checkIns;
    private final ConsentStore consents;
    private final CallbackScores callbacks;
    private final IndicatorService indicators;
    private final StaffDirectory directory;
    private final OperatorTime time;

    PersonalMood(CheckInRepository checkIns, ConsentStore consents, CallbackScores callbacks,
                 IndicatorService indicators, StaffDirectory directory, OperatorTime time) {
        this.checkIns = checkIns;
        this.consents = consents;
        this.callbacks = callbacks;
        this.indicators = indicators;
        this.directory = directory;
        this.time = time;
    }

    public Period recentPeriod() {
        LocalDate today = time.today();
        return new Period(today.minusMonths(MONTHS).plusDays(1), today);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@emotionAccess.canSeeMoodOf(#staffId)")
    public MoodOverview overview(long staffId) {
        Period period = recentPeriod();
        List<MoodPoint> points = checkIns.ofStaff(staffId, period.from(), period.to()).stream()
                .map(CheckIn::point).toList();
        List<ScoredCallback> scored = callbacks.ofStaff(staffId, period);
        return new MoodOverview(staffId, period, points,
                ClimateCalculator.trend(Granularity.WEEK.windows(period), points),
                ClimateCalculator.tagCounts(points), ContagionCalculator.individual(points, scored),
                signals(staffId, scored));
    }

    private List<StrainSignal> signals(long staffId, List<ScoredCallback> scored) {
        List<MoodPoint> latest = checkIns.latest(staffId, PageRequest.of(0, StrainRules.STRESS_WINDOW)).stream()
                .map(CheckIn::point).toList();
        Double thisMonth = null;
        Double lastMonth = null;
        Double stress = StrainRules.meanStress(latest);
        if (stress != null && stress >= StrainRules.HIGH_STRESS) {
            List<MonthlyFigure> trend = indicators.trend(staffId, time.currentMonth(), 2);
            lastMonth = trend.get(0).adjustedIndex();
            thisMonth = trend.get(1).adjustedIndex();
        }
        LocalDate weekStart = time.today().minusDays(6);
        long complaints = scored.stream().filter(c -> c.complaint() && !c.serviceDate().isBefore(weekStart)).count();
        return StrainRules.signals(latest, thisMonth, lastMonth, complaints);
    }

    /** The members of a team who share their check-ins, for the team's supervisor only. */
    @Transactional(readOnly = true)
    @PreAuthorize("@emotionAccess.canCoachTeam(#teamId)")
    public List<SharingMember> sharingMembers(long teamId) {
        var sharing = consents.sharing(directory.activeIdsInTeam(teamId));
        return directory.names(sharing).values().stream().sorted(Comparator.comparing(StaffName::name))
                .map(n -> new SharingMember(n.id(), n.name())).toList();
    }
}
