package com.touchpoint.dashboard;

import com.touchpoint.TouchpointTest;
import com.touchpoint.dashboard.HrOverview.HrFigures;
import com.touchpoint.dashboard.HrOverview.PostScheme;
import com.touchpoint.dashboard.HrOverview.TeamIncentives;
import com.touchpoint.incentive.IncentiveSchemes;
import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.incentive.MonthState;
import com.touchpoint.incentive.SchemeParameters;
import com.touchpoint.incentive.SchemeVersion;
import com.touchpoint.incentive.Statement;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HR home's figures equal the incentive feature's: its months, its latest month's statements and its schemes. */
@TouchpointTest
class HrOverviewTests {

    @Autowired
    HrOverview overview;
    @Autowired
    IncentiveStatements statements;
    @Autowired
    IncentiveSchemes schemes;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;

    static <T> T asHr(Supplier<T> work) {
        return TestAccess.as("hr1", work, "ROLE_HR");
    }

    @Test
    void months_are_the_latest_calculated_ones_with_their_workflow_state() {
        HrFigures figures = asHr(overview::figures);
        List<MonthState> months = asHr(statements::months);
        assertThat(figures.months()).isEqualTo(months.stream().limit(HrOverview.MONTHS_SHOWN).toList()).isNotEmpty();
        assertThat(figures.latest()).isEqualTo(months.get(0));
    }

    @Test
    void team_totals_add_up_the_latest_months_statements_team_by_team() {
        HrFigures figures = asHr(overview::figures);
        List<Statement> all = asHr(() -> statements.ofMonth(figures.latest().month()));
        assertThat(figures.teams()).extracting(TeamIncentives::teamCode)
                .containsExactlyElementsOf(all.stream().map(Statement::teamCode).distinct().toList());
        for (TeamIncentives team : figures.teams()) {
            List<Statement> own = all.stream().filter(s -> s.teamCode().equals(team.teamCode())).toList();
            assertThat(team.statements()).isEqualTo(own.size());
            assertThat(team.calculated()).isEqualByComparingTo(sum(own.stream().map(Statement::calculated).toList()));
            assertThat(team.adjustments()).isEqualByComparingTo(sum(own.stream().map(Statement::adjustment).toList()));
            assertThat(team.finalAmount()).isEqualByComparingTo(sum(own.stream().map(Statement::finalAmount).toList()));
        }
        assertThat(figures.total().statements()).isEqualTo(all.size());
        assertThat(figures.total().finalAmount())
                .isEqualByComparingTo(sum(all.stream().map(Statement::finalAmount).toList()));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void each_post_shows_the_version_in_force_this_month_and_the_next_one_added() {
        YearMonth later = time.currentMonth().plusMonths(30);
        asHr(() -> schemes.addVersion("FIELD_ENGINEER", later, SchemeParameters.defaults(new BigDecimal("4321.00"))));
        HrFigures figures = asHr(overview::figures);
        List<SchemeVersion> versions = asHr(schemes::versions);
        assertThat(figures.schemes()).extracting(s -> s.post().code())
                .containsExactlyElementsOf(asHr(org::posts).stream().map(p -> p.code()).toList());
        YearMonth now = time.currentMonth();
        for (PostScheme scheme : figures.schemes()) {
            List<SchemeVersion> own = versions.stream().filter(v -> v.postCode().equals(scheme.post().code()))
                    .sorted(Comparator.comparing(SchemeVersion::effectiveFrom)).toList();
            assertThat(scheme.inForce()).isEqualTo(own.stream().filter(v -> !v.effectiveFrom().isAfter(now))
                    .reduce((a, b) -> b).orElse(null));
            assertThat(scheme.next()).isEqualTo(own.stream().filter(v -> v.effectiveFrom().isAfter(now)).findFirst()
                    .orElse(null));
        }
        PostScheme engineers = figures.schemes().stream().filter(s -> s.post().code().equals("FIELD_ENGINEER"))
                .findFirst().orElseThrow();
        assertThat(engineers.inForce()).isNotNull();
        assertThat(engineers.next()).isNotNull();
        assertThat(engineers.next().effectiveFrom()).isBeforeOrEqualTo(later);
    }

    @Test
    void staff_supervisors_and_quality_are_refused_the_hr_overview() {
        var team = TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 1);
        assertThatThrownBy(() -> team.members().get(0).act(overview::figures)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.asSupervisor(overview::figures)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("quality1", overview::figures, "ROLE_QUALITY"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
