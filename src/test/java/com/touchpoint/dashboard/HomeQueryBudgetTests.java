package com.touchpoint.dashboard;

import com.touchpoint.QueryCounter;
import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import com.touchpoint.shared.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HR, quality and admin homes read their figures with a fixed number of statements, counted at the JDBC level
 * once the settings caches are warm. A new team with members and callbacks adds nothing to the HR, admin and quality
 * homes: the response rates by team are read for everyone at once, and the weakest items once per post.
 */
@TouchpointTest
class HomeQueryBudgetTests {

    /** Months, the latest month's statements, the scheme versions (and which are used), the posts. */
    static final int HR_BUDGET = 6;
    /** The import history, the accounts count, a page of the audit log and its count. */
    static final int ADMIN_BUDGET = 5;
    /**
     * Imports, reports, posts, teams and everyone's team; everyone's figures per post are kept between reads
     * (IndicatorService) and cost nothing when warm; the rates by team: everyone's counters of the month, their
     * teams and the teams.
     */
    static final int QUALITY_BUDGET = 8;
    private static final Logger log = LoggerFactory.getLogger(HomeQueryBudgetTests.class);

    @Autowired
    HrOverview hr;
    @Autowired
    QualityOverview quality;
    @Autowired
    AdminOverview admin;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CallbackIntake intake;
    @Autowired
    OperatorTime time;
    @Autowired
    com.touchpoint.satisfaction.QualityRates rates;
    @Autowired
    com.touchpoint.satisfaction.CallbackFileImport imports;
    @Autowired
    com.touchpoint.satisfaction.CallbackReports reports;
    @Autowired
    com.touchpoint.satisfaction.IndicatorService indicators;

    private static int statements(String what, Runnable call) {
        call.run();
        int count = QueryCounter.warmOnThisThread(call);
        long start = System.nanoTime();
        call.run();
        log.info("{}: {} statements, {} ms warm", what, count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }

    private void newTeamWithCallbacks() {
        var team = TestTeams.newTeam(org, directory, accounts, "EAST", "SHOP_SALES", 3);
        LocalDate day = time.currentMonth().minusMonths(1).atDay(3);
        List<CallbackRecord> records = new ArrayList<>();
        team.members().forEach(m -> records.add(completed(m.employeeNo(), day.toString(), day.plusDays(1).toString(),
                answers("ATTITUDE", 4, "EFFICIENCY", 3, "OVERALL", 8))));
        CallbackFixtures.ingestAsQuality(intake, records);
    }

    @Test
    void the_hr_home_costs_a_fixed_number_of_statements() {
        Runnable call = () -> TestAccess.as("hr1", hr::figures, "ROLE_HR");
        int before = statements("HR home", call);
        newTeamWithCallbacks();
        int after = statements("HR home with one more team", call);
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(HR_BUDGET);
    }

    @Test
    void the_admin_home_costs_a_fixed_number_of_statements() {
        int count = statements("admin home", () -> TestAccess.asAdmin(admin::figures));
        assertThat(count).isLessThanOrEqualTo(ADMIN_BUDGET);
    }

    @Test
    void the_quality_home_costs_the_same_with_one_more_team() {
        Runnable call = () -> TestAccess.as("quality1", quality::figures, "ROLE_QUALITY");
        YearMonth month = time.currentMonth().minusMonths(1);
        statements("quality rates by team", () -> TestAccess.as("quality1", () -> rates.byTeam(month), "ROLE_QUALITY"));
        statements("imports", () -> TestAccess.as("quality1", () -> imports.history(5), "ROLE_QUALITY"));
        statements("reports", () -> TestAccess.as("quality1", () -> reports.list(5), "ROLE_QUALITY"));
        statements("forPost of every post", () -> TestAccess.as("quality1", () -> org.posts().stream()
                .map(p -> indicators.forPost(p.code(), Period.of(month))).toList(), "ROLE_QUALITY"));
        int teams = TestAccess.asAdmin(org::teams).size();
        int before = statements("quality home, " + teams + " teams", call);
        newTeamWithCallbacks();
        int after = statements("quality home, " + (teams + 1) + " teams", call);
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(QUALITY_BUDGET);
    }
}
