package com.touchpoint.dashboard;

import com.touchpoint.TouchpointTest;
import com.touchpoint.coaching.CoachingCandidates;
import com.touchpoint.coaching.MoodSignals;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.emotion.TeamClimate;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.TrainingAssignments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every figure of the cockpit equals what the owning feature's service says for a team of the test's own. */
@TouchpointTest
class TeamCockpitTests {

    static CockpitTeam data;

    @Autowired
    ApplicationContext context;
    @Autowired
    TeamCockpit cockpits;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TrainingAssignments training;
    @Autowired
    RecognitionFeeds recognition;
    @Autowired
    CoachingCandidates candidates;
    @Autowired
    MoodSignals mood;
    @Autowired
    TeamClimate climate;

    Cockpit cockpit;

    @BeforeEach
    void readTheCockpitOnThe18th() {
        if (data == null) {
            data = CockpitTeam.create(context);
        }
        data.standOnThe18th();
        cockpit = data.team.asSupervisor(() -> cockpits.of(data.team.id()));
    }

    @AfterEach
    void resetClock() {
        data.resetClock();
    }

    private CockpitRow row(TestStaff.Member member) {
        return cockpit.rows().stream().filter(r -> r.staffId() == member.staffId()).findFirst().orElseThrow();
    }

    private Map<Long, StaffIndicators> figures(java.time.YearMonth month) {
        return data.team.asSupervisor(() -> indicators.forTeam(data.team.id(), Period.of(month))).stream()
                .collect(Collectors.toMap(StaffIndicators::staffId, Function.identity()));
    }

    @Test
    void a_row_per_member_with_the_indicators_of_this_month_and_the_change_since_last_month() {
        assertThat(cockpit.month()).isEqualTo(data.month);
        assertThat(cockpit.rows()).extracting(CockpitRow::staffId)
                .containsExactlyInAnyOrderElementsOf(data.team.memberIds());
        Map<Long, StaffIndicators> now = figures(data.month);
        Map<Long, StaffIndicators> before = figures(data.month.minusMonths(1));
        for (CockpitRow row : cockpit.rows()) {
            StaffIndicators expected = now.get(row.staffId());
            assertThat(row.callbacks()).isEqualTo(expected.callbacks());
            assertThat(row.adjustedIndex()).isEqualTo(expected.adjustedIndex());
            assertThat(row.target()).isEqualTo(expected.target());
            assertThat(row.satisfactionRate()).isEqualTo(expected.satisfactionRate());
            assertThat(row.satisfactionRateLow()).isEqualTo(expected.satisfactionRateLow());
            assertThat(row.satisfactionRateHigh()).isEqualTo(expected.satisfactionRateHigh());
            assertThat(row.previousAdjustedIndex()).isEqualTo(before.get(row.staffId()).adjustedIndex());
            assertThat(row.weakestItem()).isEqualTo(expected.weakItems().isEmpty() ? null : expected.weakItems().get(0));
            assertThat(row.insufficientSample()).isEqualTo(expected.insufficientSample(indicators.minSample()));
        }
        assertThat(row(data.strong).callbacks()).isEqualTo(6);
        assertThat(row(data.quiet).callbacks()).isZero();
        CockpitRow weak = row(data.weak);
        assertThat(weak.weakestItem()).isNotNull();
        var item = now.get(data.weak.staffId()).items().stream().filter(i -> i.code().equals(weak.weakestItem()))
                .findFirst().orElseThrow();
        assertThat(weak.weakestGap()).isCloseTo(item.target() - item.mean(), within(1e-9));
        assertThat(row(data.strong).change()).isCloseTo(
                row(data.strong).adjustedIndex() - row(data.strong).previousAdjustedIndex(), within(1e-9));
        assertThat(row(data.fresh).previousAdjustedIndex()).as("no callbacks last month: no figure to compare")
                .isEqualTo(before.get(data.fresh.staffId()).adjustedIndex());
    }

    @Test
    void training_kudos_coaching_and_actions_come_from_their_features() {
        var overdue = data.team.asSupervisor(() -> training.ofTeam(data.team.id())).stream()
                .filter(a -> a.status() == AssignmentStatus.OVERDUE)
                .collect(Collectors.groupingBy(a -> a.staffId(), Collectors.counting()));
        for (CockpitRow row : cockpit.rows()) {
            assertThat(row.trainingOverdue()).isEqualTo(overdue.getOrDefault(row.staffId(), 0L).intValue());
            List<KudosView> received = data.team.asSupervisor(() -> recognition.received(row.staffId(), data.month))
                    .stream().filter(k -> !k.hidden()).toList();
            assertThat(row.kudosReceived()).isEqualTo(received.size());
            assertThat(row.kudosPoints()).isEqualTo(received.stream().mapToInt(KudosView::points).sum());
        }
        assertThat(row(data.quiet).trainingOverdue()).isEqualTo(1);
        assertThat(row(data.weak).kudosReceived()).isEqualTo(2);
        assertThat(row(data.weak).kudosPoints()).isEqualTo(30);

        assertThat(row(data.strong).lastCoached()).isEqualTo(data.month.atDay(5));
        assertThat(row(data.strong).daysSinceCoaching()).isEqualTo(13);
        assertThat(row(data.quiet).lastCoached()).as("a session still to come is not coaching done").isNull();
        assertThat(row(data.strong).openActions()).isEqualTo(1);
        assertThat(row(data.strong).overdueActions()).isEqualTo(1);
        assertThat(row(data.weak).openActions()).isZero();

        var scores = data.team.asSupervisor(() -> candidates.forTeam(data.team.id()));
        for (CockpitRow row : cockpit.rows()) {
            var parts = scores.stream().filter(c -> c.staffId() == row.staffId()).findFirst().orElseThrow().parts();
            var days = parts.stream().filter(p -> p.kind().name().equals("DAYS_SINCE_SESSION")).findFirst().orElseThrow();
            assertThat(days.value()).as("days since the last session, as 'who may need coaching' counts them")
                    .isEqualTo(row.daysSinceCoaching() == null ? 90.0 : row.daysSinceCoaching().doubleValue());
        }
    }

    @Test
    void strain_shows_only_for_the_member_who_shares_and_equals_the_mood_signals() {
        assertThat(row(data.weak).strain()).containsExactly("LOW_MOOD")
                .isEqualTo(data.team.asSupervisor(() -> mood.strainReasons(data.weak.staffId())).orElseThrow());
        assertThat(row(data.quiet).strain()).as("same low moods, not shared").isNull();
        assertThat(row(data.strong).strain()).isNull();
        assertThat(row(data.weak).needsAttention()).isTrue();
        assertThat(row(data.quiet).needsAttention()).as("overdue training").isTrue();
        assertThat(row(data.strong).needsAttention()).as("an overdue action").isTrue();
    }

    @Test
    void the_cards_show_the_team_trend_climate_candidates_and_upcoming_sessions() {
        assertThat(cockpit.trend()).hasSize(TeamCockpit.TREND_MONTHS);
        assertThat(cockpit.trend().get(TeamCockpit.TREND_MONTHS - 1).month()).isEqualTo(data.month);
        for (TeamMonth m : cockpit.trend()) {
            List<StaffIndicators> members = List.copyOf(figures(m.month()).values());
            long n = members.stream().filter(s -> s.index() != null).mapToLong(StaffIndicators::callbacks).sum();
            assertThat(m.callbacks()).isEqualTo(n);
            if (n == 0) {
                assertThat(m.index()).isNull();
            } else {
                double weighted = members.stream().filter(s -> s.index() != null)
                        .mapToDouble(s -> s.index() * s.callbacks()).sum() / n;
                assertThat(m.index()).isCloseTo(weighted, within(1e-9));
            }
        }
        assertThat(cockpit.trend().get(TeamCockpit.TREND_MONTHS - 1).callbacks()).isEqualTo(14);
        assertThat(cockpit.target()).isEqualTo(figures(data.month).get(data.strong.staffId()).target());

        assertThat(cockpit.climate().suppressed()).as("two of four members checked in, under k").isTrue();
        assertThat(cockpit.climate()).isEqualTo(data.team.asSupervisor(() -> climate.overall(data.team.id(),
                cockpit.climateWindow())));
        assertThat(cockpit.minGroup()).isEqualTo(5);

        assertThat(cockpit.candidates()).isEqualTo(data.team.asSupervisor(() -> candidates.forTeam(data.team.id()))
                .stream().limit(TeamCockpit.CANDIDATES).toList());
        assertThat(cockpit.upcoming()).extracting(SessionSummary::id).containsExactly(data.upcomingSession);
    }
}
