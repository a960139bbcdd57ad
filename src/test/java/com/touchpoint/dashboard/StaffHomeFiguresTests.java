package com.touchpoint.dashboard;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import com.touchpoint.coaching.ActionView;
import com.touchpoint.coaching.CoachingActions;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionState;
import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.CallbackFilter;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.Recommendation;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingRecommendations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staff home shows what the features' own services say, for a member of a team of this class's own, and never
 * anyone else's figures.
 */
@TouchpointTest
class StaffHomeFiguresTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffHomeFigures figures;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TrainingRecommendations recommendations;
    @Autowired
    TrainingAssignments assignments;
    @Autowired
    CallbackQueries callbacks;
    @Autowired
    RecognitionFeeds feeds;
    @Autowired
    KudosGiving kudos;
    @Autowired
    CoachingSessions sessions;
    @Autowired
    CoachingActions actions;
    @Autowired
    IncentiveStatements statements;

    StaffHomeData.Home home;

    @BeforeEach
    void buildHome() {
        home = StaffHomeData.build(context, clock, 2);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void every_card_shows_the_figures_of_the_feature_that_owns_them() {
        var member = home.member();
        StaffOverview o = member.act(() -> figures.overview(member.staffId()));

        assertThat(o.month()).isEqualTo(StaffHomeData.MONTH);
        assertThat(o.today()).isEqualTo(StaffHomeData.TODAY);
        var scores = member.act(() -> indicators.forStaff(member.staffId(), Period.of(StaffHomeData.MONTH)));
        assertThat(o.scores()).isEqualTo(scores);
        assertThat(o.scores().callbacks()).isEqualTo(10 + 5 * 2 + 2);
        assertThat(o.insufficientSample()).isFalse();
        assertThat(o.trend()).isEqualTo(member.act(() -> indicators.trend(member.staffId(), StaffHomeData.MONTH, 6)))
                .hasSize(StaffOverview.TREND_MONTHS);

        assertThat(o.weakest()).isPresent();
        var weakest = o.weakest().get();
        assertThat(weakest.definition().code()).isEqualTo(scores.weakItems().get(0)).isEqualTo("PROMISE");
        List<Recommendation> forPromise = member.act(() -> recommendations.forStaff(member.staffId())).stream()
                .filter(r -> r.module().trains().contains("PROMISE")).toList();
        assertThat(weakest.training()).isNotEmpty().isEqualTo(forPromise);

        List<Assignment> mine = member.act(() -> assignments.mine());
        assertThat(o.overdue()).extracting(Assignment::moduleId)
                .containsExactlyInAnyOrderElementsOf(StaffHomeData.OVERDUE.subList(0, 2));
        assertThat(o.dueSoon()).extracting(Assignment::moduleId)
                .containsExactlyInAnyOrderElementsOf(StaffHomeData.DUE_SOON.subList(0, 2));
        assertThat(mine).extracting(Assignment::moduleId).contains(StaffHomeData.DUE_LATER);
        assertThat(mine).containsAll(o.overdue()).containsAll(o.dueSoon());

        List<CallbackSummary> commented = member.act(() -> callbacks.forStaff(member.staffId(),
                new CallbackFilter(null, null, null), 0, 100)).stream()
                .filter(c -> c.comment() != null && !c.comment().isBlank()).limit(3).toList();
        assertThat(o.comments()).hasSize(StaffOverview.COMMENTS).isEqualTo(commented);

        assertThat(o.kudos()).isEqualTo(member.act(() -> feeds.received(member.staffId(), StaffHomeData.MONTH)))
                .hasSize(2);
        assertThat(o.kudosPoints()).isEqualTo(2 * StaffHomeData.KUDOS_POINTS);
        assertThat(o.allowance()).isEqualTo(member.act(() -> kudos.myAllowance()));
        assertThat(o.allowance().remaining()).isEqualTo(o.allowance().granted() - StaffHomeData.GIVEN_POINTS);

        assertThat(o.nextSession()).map(s -> s.id()).contains(home.nextSession());
        assertThat(o.awaitingAcknowledgement()).extracting(s -> s.id()).containsExactly(home.heldSession());
        List<ActionView> agreed = member.act(() -> sessions.details(home.heldSession())).actions();
        assertThat(o.openActions()).isEqualTo(member.act(() -> actions.openOfMine()))
                .containsExactlyElementsOf(agreed.stream().filter(a -> !a.status().done()).toList()).hasSize(4);
        assertThat(member.act(() -> sessions.mine())).filteredOn(s -> s.state() == SessionState.SCHEDULED).hasSize(2);

        assertThat(o.estimate()).contains(member.act(() -> statements.estimate()).statement());
    }

    @Test
    void a_staff_member_cannot_open_another_persons_home() {
        var member = home.member();
        var colleague = home.colleague();
        assertThatThrownBy(() -> member.act(() -> figures.overview(colleague.staffId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> home.team().asSupervisor(() -> figures.overview(member.staffId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("hr1", () -> figures.overview(member.staffId()), "ROLE_HR", "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> member.act(() -> callbacks.latestComments(colleague.staffId(), 3)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void my_home_holds_only_my_own_entries() {
        var member = home.member();
        var colleague = home.colleague();
        StaffOverview o = member.act(() -> figures.overview(member.staffId()));
        assertThat(o.staffId()).isEqualTo(member.staffId());
        assertThat(o.scores().staffId()).isEqualTo(member.staffId());
        assertThat(o.overdue()).allMatch(a -> a.staffId() == member.staffId());
        assertThat(o.dueSoon()).allMatch(a -> a.staffId() == member.staffId());
        assertThat(o.kudos()).allMatch(k -> k.receiverId() == member.staffId());
        assertThat(o.openActions()).allMatch(a -> a.staffId() == member.staffId());
        assertThat(o.nextSession()).get().matches(s -> s.staffId() == member.staffId());
        assertThat(o.estimate()).get().matches(s -> s.staffId() == member.staffId());

        StaffOverview theirs = colleague.act(() -> figures.overview(colleague.staffId()));
        assertThat(theirs.openActions()).isEmpty();
        assertThat(theirs.overdue()).isEmpty();
        assertThat(theirs.dueSoon()).isEmpty();
        assertThat(theirs.nextSession()).isEmpty();
        assertThat(theirs.comments()).isEmpty();
        assertThat(theirs.kudos()).extracting(k -> k.giverId()).containsExactly(member.staffId());
    }
}
