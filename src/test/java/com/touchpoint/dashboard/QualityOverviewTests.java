package com.touchpoint.dashboard;

import com.touchpoint.TouchpointTest;
import com.touchpoint.dashboard.QualityOverview.QualityFigures;
import com.touchpoint.dashboard.QualityOverview.WeakItem;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.CallbackReports;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.QualityRates;
import com.touchpoint.satisfaction.ResponseRates;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The quality home's figures equal the satisfaction feature's: rates as QualityRates gives them, imports and
 * reports as their services list them, and the item gaps as every team's indicators (read team by team through
 * IndicatorService.forTeam) pool them. A team of this class's own has a known weak item last month.
 */
@TouchpointTest
class QualityOverviewTests {

    @Autowired
    QualityOverview overview;
    @Autowired
    QualityRates rates;
    @Autowired
    CallbackFileImport imports;
    @Autowired
    CallbackReports reports;
    @Autowired
    IndicatorService indicators;
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

    static TestTeams.Team weakTeam;

    static <T> T asQuality(Supplier<T> work) {
        return TestAccess.as("quality1", work, "ROLE_QUALITY");
    }

    /** Two members whose attitude is answered 1 of 5 (a score of 0) and every other item 5 of 5, last month. */
    @BeforeEach
    void weakTeam() {
        if (weakTeam != null) {
            return;
        }
        weakTeam = TestTeams.newTeam(org, directory, accounts, "NORTH", "SHOP_SALES", 2);
        LocalDate day = time.currentMonth().minusMonths(1).atDay(5);
        List<CallbackRecord> records = new ArrayList<>();
        weakTeam.members().forEach(m -> {
            for (int i = 0; i < 3; i++) {
                records.add(completed(m.employeeNo(), day.plusDays(i).toString(), day.plusDays(i + 1).toString(),
                        answers("ATTITUDE", 1, "EFFICIENCY", 5, "RESOLUTION", 5, "PROMISE", 5, "OVERALL", 10)));
            }
        });
        CallbackFixtures.ingestAsQuality(intake, records);
    }

    @Test
    void rates_imports_and_reports_are_those_of_the_satisfaction_services() {
        QualityFigures figures = asQuality(overview::figures);
        YearMonth month = time.currentMonth().minusMonths(1);
        assertThat(figures.month()).isEqualTo(month);
        List<ResponseRates> byTeam = asQuality(() -> rates.byTeam(month));
        assertThat(figures.teams()).isEqualTo(byTeam).isNotEmpty();
        assertThat(figures.total().attempted()).isEqualTo(byTeam.stream().mapToLong(ResponseRates::attempted).sum());
        assertThat(figures.total().responded()).isEqualTo(byTeam.stream().mapToLong(ResponseRates::responded).sum());
        assertThat(figures.total().timely()).isEqualTo(byTeam.stream().mapToLong(ResponseRates::timely).sum());
        assertThat(figures.teams()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("测试班组 " + weakTeam.code());
            assertThat(r.attempted()).isEqualTo(6);
            assertThat(r.responseRate()).isEqualTo(100.0);
        });
        assertThat(figures.imports()).isEqualTo(asQuality(() -> imports.history(QualityOverview.IMPORTS_SHOWN)));
        assertThat(figures.reports()).isEqualTo(asQuality(() -> reports.list(QualityOverview.REPORTS_SHOWN)));
    }

    /** Pools every team's items from IndicatorService.forTeam, the other way round from the overview's per-post read. */
    @Test
    void item_gaps_pool_every_teams_indicators_and_rank_items_by_weighted_gap() {
        QualityFigures figures = asQuality(overview::figures);
        Period period = Period.of(figures.month());
        Map<String, double[]> pooled = new HashMap<>();
        Map<String, Map<String, double[]>> perTeam = new HashMap<>();
        for (OrgUnitDetails team : asQuality(org::teams)) {
            for (StaffIndicators s : asQuality(() -> indicators.forTeam(team.id(), period))) {
                for (ItemIndicator i : s.items()) {
                    if (i.answers() > 0) {
                        for (double[] sums : List.of(pooled.computeIfAbsent(i.code(), c -> new double[3]),
                                perTeam.computeIfAbsent(team.code(), t -> new HashMap<>())
                                        .computeIfAbsent(i.code(), c -> new double[3]))) {
                            sums[0] += i.answers();
                            sums[1] += i.mean() * i.answers();
                            sums[2] += i.target() * i.answers();
                        }
                    }
                }
            }
        }
        List<WeakItem> weakest = figures.items().weakest();
        assertThat(weakest).isNotEmpty();
        for (WeakItem item : weakest) {
            double[] sums = pooled.get(item.item().code());
            assertThat(item.answers()).isEqualTo((long) sums[0]);
            assertThat(item.mean()).isCloseTo(sums[1] / sums[0], within(1e-9));
            assertThat(item.gap()).isCloseTo((sums[2] - sums[1]) / sums[0], within(1e-9));
            assertThat(item.weightedGap()).isCloseTo(item.item().weight() * item.gap(), within(1e-9));
            long below = perTeam.values().stream().filter(t -> t.containsKey(item.item().code()))
                    .filter(t -> t.get(item.item().code())[2] > t.get(item.item().code())[1]).count();
            assertThat(item.teamsBelow()).isEqualTo((int) below);
        }
        assertThat(weakest).isSortedAccordingTo((a, b) -> Double.compare(b.weightedGap(), a.weightedGap()));
        // teams in different branches may share a name, so teams are counted by code and compared by name
        Map<String, String> names = new HashMap<>();
        asQuality(org::teams).forEach(t -> names.put(t.code(), t.name()));
        assertThat(figures.items().teams())
                .containsExactlyInAnyOrderElementsOf(perTeam.keySet().stream().map(names::get).toList());
    }

    @Test
    void a_team_whose_attitude_scores_zero_shows_its_gap_in_the_heat_map() {
        QualityFigures figures = asQuality(overview::figures);
        StaffIndicators member = asQuality(() -> indicators.forStaff(weakTeam.members().get(0).staffId(),
                Period.of(figures.month())));
        double attitudeTarget = member.items().stream().filter(i -> i.code().equals("ATTITUDE")).findFirst()
                .orElseThrow().target();
        int row = figures.items().teams().indexOf("测试班组 " + weakTeam.code());
        int column = figures.items().weakest().stream().map(w -> w.item().code()).toList().indexOf("ATTITUDE");
        assertThat(row).isNotNegative();
        assertThat(figures.items().teamScores().get(row).get(column)).isCloseTo(-attitudeTarget, within(1e-9));
        WeakItem attitude = figures.items().weakest().get(column);
        assertThat(attitude.teamsBelow()).isPositive();
        assertThat(attitude.weakestTeamGap()).isGreaterThanOrEqualTo(attitudeTarget - 1e-9);
    }

    @Test
    void staff_supervisors_and_hr_are_refused_the_quality_overview() {
        assertThatThrownBy(() -> TestAccess.as("staff1", overview::figures, "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> weakTeam.asSupervisor(overview::figures)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("hr1", overview::figures, "ROLE_HR"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
