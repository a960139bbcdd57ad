package com.touchpoint.coaching;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static com.touchpoint.coaching.CoachingFixtures.asHr;
import static com.touchpoint.coaching.CoachingFixtures.asSupervisor2;
import static com.touchpoint.coaching.CoachingFixtures.request;
import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** "Who may need coaching" and the coaching overview on a new team of three with its own supervisor. */
@TouchpointTest
class CoachingOverviewTests {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    CoachingActions actions;
    @Autowired
    CoachingCandidates candidates;
    @Autowired
    CoachingOverview overview;
    @Autowired
    CallbackIntake intake;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;

    String supervisor;
    long teamId;
    TestStaff.Member struggling;
    TestStaff.Member doingWell;
    TestStaff.Member newcomer;

    @BeforeEach
    void aNewTeam() {
        String code = "T-WEST-CO" + UUID.randomUUID().toString().substring(0, 6);
        teamId = TestAccess.asAdmin(() -> org.save(new OrgUnitChange(code, "辅导测试班", OrgUnitKind.TEAM, "BR-WEST"))).id();
        struggling = TestStaff.newMember(directory, accounts, "SHOP_SALES", code, "吃力的员工");
        doingWell = TestStaff.newMember(directory, accounts, "SHOP_SALES", code, "顺利的员工");
        newcomer = TestStaff.newMember(directory, accounts, "SHOP_SALES", code, "新来的员工");
        supervisor = "coach" + UUID.randomUUID().toString().substring(0, 8);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(supervisor, "测试班组长", "Coach#2026x", null,
                Set.of(Role.SUPERVISOR), Set.of(teamId), true)));
        LocalDate today = time.today();
        var low = new CoachingTestData(struggling.employeeNo());
        var high = new CoachingTestData(doingWell.employeeNo());
        for (int i = 0; i < 12; i++) {
            low.completed(today.minusDays(2 + i), answers("ATTITUDE", 2, "EFFICIENCY", 2, "PROFESSIONAL", 3,
                    "PROMISE", 1, "RESOLUTION", 2), i < 2, "不满意");
            high.completed(today.minusDays(2 + i), answers("ATTITUDE", 5, "EFFICIENCY", 5, "PROFESSIONAL", 5,
                    "PROMISE", 5, "RESOLUTION", 5));
        }
        low.deliver(intake);
        high.deliver(intake);
    }

    private <T> T asCoach(Supplier<T> action) {
        return TestAccess.as(supervisor, action, "ROLE_SUPERVISOR");
    }

    @Test
    void the_team_is_ranked_by_a_score_whose_parts_add_up() {
        long held = asCoach(() -> sessions.schedule(request(doingWell.staffId(),
                LocalDateTime.now(time.zone()).withNano(0).minusMinutes(1), "PROMISE"))).id();
        asCoach(() -> sessions.hold(held));

        List<CoachingCandidate> ranked = asCoach(() -> candidates.forTeam(teamId));

        assertThat(ranked).extracting(CoachingCandidate::name).containsExactly("吃力的员工", "新来的员工", "顺利的员工");
        CoachingCandidate first = ranked.get(0);
        assertThat(first.parts()).extracting(ScorePart::kind).doesNotContain(ScorePart.Kind.STRAIN);
        assertThat(part(first, ScorePart.Kind.COMPLAINTS).value()).isEqualTo(2);
        assertThat(part(first, ScorePart.Kind.WEAK_ITEMS).value()).isEqualTo(5);
        assertThat(part(first, ScorePart.Kind.INDEX_GAP).value())
                .isCloseTo(first.target() - first.adjustedIndex(), within(1e-9));
        assertThat(part(first, ScorePart.Kind.DAYS_SINCE_SESSION).points()).isEqualTo(9.0);
        assertThat(first.score()).isCloseTo(first.parts().stream().mapToDouble(ScorePart::points).sum(), within(1e-9));
        CoachingCandidate last = ranked.get(2);
        assertThat(part(last, ScorePart.Kind.DAYS_SINCE_SESSION).value()).isZero();
        assertThat(part(last, ScorePart.Kind.WEAK_ITEMS).value()).isZero();
        assertThat(part(ranked.get(1), ScorePart.Kind.WEAK_ITEMS).value()).as("no callbacks, no weak items").isZero();

        assertThatThrownBy(() -> asSupervisor2(() -> candidates.forTeam(teamId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHr(() -> candidates.forTeam(teamId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> struggling.act(() -> candidates.forTeam(teamId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hr_sees_the_counts_of_the_overview_but_another_supervisor_and_staff_do_not() {
        LocalDate today = time.today();
        long first = asCoach(() -> sessions.schedule(request(doingWell.staffId(),
                LocalDateTime.now(time.zone()).withNano(0).minusMinutes(1), "PROMISE"))).id();
        ActionView done = asCoach(() -> actions.add(first, new ActionRequest(ActionOwner.STAFF, "做完的", today.plusDays(3),
                "PROMISE", null)));
        asCoach(() -> actions.add(first, new ActionRequest(ActionOwner.SUPERVISOR, "还没做", today.plusDays(3),
                ActionItem.INDEX, null)));
        asCoach(() -> sessions.hold(first));
        doingWell.act(() -> actions.markDone(done.id()));
        asCoach(() -> sessions.schedule(request(struggling.staffId(), today.plusDays(2).atTime(9, 0))));

        CoachingOverviewReport report = asHr(() -> overview.forTeam(teamId));

        assertThat(report.months()).hasSize(6);
        assertThat(report.months().get(5)).isEqualTo(new CoachingOverviewReport.MonthCount(YearMonth.from(today), 1));
        assertThat(report.team().sessionsHeld()).isEqualTo(1);
        assertThat(report.team().waiting()).isEqualTo(1);
        assertThat(report.team().onTime()).isEqualTo(1);
        assertThat(report.team().late()).isZero();
        assertThat(report.team().open()).isEqualTo(1);
        assertThat(report.team().focusMeasured()).isZero();
        assertThat(report.team().improvedShare()).isNull();
        assertThat(report.members()).extracting(CoachingOverviewReport.Figures::name)
                .containsExactlyInAnyOrder("吃力的员工", "顺利的员工", "新来的员工");
        assertThat(asCoach(() -> overview.forTeam(teamId))).isEqualTo(report);
        assertThatThrownBy(() -> asSupervisor2(() -> overview.forTeam(teamId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> doingWell.act(() -> overview.forTeam(teamId))).isInstanceOf(AccessDeniedException.class);
    }

    private static ScorePart part(CoachingCandidate candidate, ScorePart.Kind kind) {
        return candidate.parts().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }
}
