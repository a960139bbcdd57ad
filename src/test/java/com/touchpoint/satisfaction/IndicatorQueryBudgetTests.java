package com.touchpoint.satisfaction;

import com.touchpoint.ApiClient;
import com.touchpoint.QueryCounter;
import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading indicators costs a fixed number of database statements, whatever the number of trend months or team
 * members. Counted at the JDBC level (JPA and JdbcTemplate alike), once the settings caches and the post levels
 * are warm.
 * Field engineers of two teams of this class's own, callbacks in 2019.
 */
@TouchpointTest
class IndicatorQueryBudgetTests {

    /**
     * The staff member, their own monthly counters and item rollups, and the access check; the post's level is
     * kept between calls (PostLevels), so the post's staff and their rollups are not read again.
     */
    static final int TREND_BUDGET = 4;
    /** The trend, plus the staff member and their two rollups for the month itself. */
    static final int MY_SCORES_BUDGET = 8;
    /** The team's members, their two rollups, and the access checks. */
    static final int TEAM_BUDGET = 5;
    static final YearMonth LAST = YearMonth.of(2019, 6);
    private static final Logger log = LoggerFactory.getLogger(IndicatorQueryBudgetTests.class);

    @LocalServerPort
    int port;
    @Autowired
    IndicatorService indicators;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    CallbackIntake intake;

    static String smallTeam;
    static String largeTeam;
    static long member;

    @BeforeEach
    void createTeams() {
        if (smallTeam == null) {
            smallTeam = team(5);
            largeTeam = team(10);
            member = TestAccess.asAdmin(() -> directory.teamMembers(org.unit(smallTeam).orElseThrow().id())).get(0).id();
        }
    }

    /** A new team of field engineers, each with two callbacks in each of the six months up to June 2019. */
    private String team(int size) {
        String code = "T-QB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String branch = TestAccess.asAdmin(() -> org.unit("T-NORTH-1").orElseThrow().parentCode());
        TestAccess.asAdmin(() -> org.save(new OrgUnitChange(code, "查询预算班组", OrgUnitKind.TEAM, branch)));
        List<CallbackRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String employeeNo = "Q" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            TestAccess.asAdmin(() -> directory.save(new StaffChange(employeeNo, "预算员工", "FIELD_ENGINEER", code,
                    LocalDate.of(2018, 1, 1), true)));
            for (int m = 0; m < 6; m++) {
                LocalDate day = LAST.minusMonths(m).atDay(10 + i);
                records.add(completed(employeeNo, day.toString(), day.plusDays(1).toString(),
                        answers("ATTITUDE", 5, "EFFICIENCY", 4, "PROMISE", 3, "OVERALL", 9)));
                records.add(completed(employeeNo, day.plusDays(1).toString(), day.plusDays(2).toString(),
                        answers("ATTITUDE", 4, "RESOLUTION", 5, "OVERALL", 10)));
            }
        }
        CallbackFixtures.ingestAsQuality(intake, records);
        return code;
    }

    private static <T> T asHr(Supplier<T> work) {
        return TestAccess.as("hr1", work, "ROLE_HR");
    }

    private long teamId(String code) {
        return TestAccess.asAdmin(() -> org.unit(code).orElseThrow().id());
    }

    /** Statements of one warm call, after a first call that fills the caches; the median time of seven is logged. */
    private int statements(String what, Runnable call) {
        call.run();
        int count = QueryCounter.warmOnThisThread(call);
        log.info("{}: {} statements, median {} ms", what, count, medianMillis(call));
        return count;
    }

    private static double medianMillis(Runnable call) {
        double[] times = new double[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    @Test
    void the_trend_costs_the_same_for_three_and_six_months() {
        int three = statements("trend of 3 months", () -> asHr(() -> indicators.trend(member, LAST, 3)));
        int six = statements("trend of 6 months", () -> asHr(() -> indicators.trend(member, LAST, 6)));
        assertThat(six).isEqualTo(three).isLessThanOrEqualTo(TREND_BUDGET);
    }

    @Test
    void opening_my_scores_costs_a_fixed_number_of_statements() {
        int count = statements("my scores (items, month, 6-month trend)", () -> asHr(() -> {
            indicators.items();
            indicators.forStaff(member, Period.of(LAST));
            return indicators.trend(member, LAST, 6);
        }));
        assertThat(count).isLessThanOrEqualTo(MY_SCORES_BUDGET);
    }

    @Test
    void team_indicators_cost_the_same_for_five_and_ten_members() {
        int five = statements("team of 5", () -> asHr(() -> indicators.forTeam(teamId(smallTeam), Period.of(LAST))));
        int ten = statements("team of 10", () -> asHr(() -> indicators.forTeam(teamId(largeTeam), Period.of(LAST))));
        assertThat(ten).isEqualTo(five).isLessThanOrEqualTo(TEAM_BUDGET);
    }

    @Test
    void the_team_indicators_api_costs_the_same_for_five_and_ten_members() {
        var api = new ApiClient(port);
        String query = "/indicators?from=2019-01-01&to=2019-06-30";
        Runnable small = () -> assertThat(api.get("/api/v1/teams/" + smallTeam + query, TouchpointTest.BOOTSTRAP_TOKEN)
                .status()).isEqualTo(200);
        Runnable large = () -> assertThat(api.get("/api/v1/teams/" + largeTeam + query, TouchpointTest.BOOTSTRAP_TOKEN)
                .status()).isEqualTo(200);
        small.run();
        large.run();
        int five = QueryCounter.warmOnThreadsNamed("http-nio", small);
        int ten = QueryCounter.warmOnThreadsNamed("http-nio", large);
        log.info("team API: {} statements for 5 members (median {} ms), {} for 10 (median {} ms)", five,
                medianMillis(small), ten, medianMillis(large));
        assertThat(ten).isEqualTo(five).isLessThanOrEqualTo(TEAM_BUDGET);
    }
}
