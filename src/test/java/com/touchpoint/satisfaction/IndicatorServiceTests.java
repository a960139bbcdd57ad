package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static com.touchpoint.satisfaction.CallbackFixtures.ingestAsQuality;
import static com.touchpoint.satisfaction.CallbackFixtures.unreachable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Indicators end to end on MariaDB. The hotline post in May 2021 belongs to this class alone, so the
 * pooled post level is exactly the two staff members created here.
 */
@TouchpointTest
class IndicatorServiceTests {

    static final Period MAY_2021 = Period.of(YearMonth.of(2021, 5));

    @Autowired
    CallbackIntake intake;
    @Autowired
    IndicatorService indicators;
    @Autowired
    StaffDirectory directory;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CallbackQueries callbackQueries;

    static String strong;
    static String weak;

    @BeforeEach
    void deliverMayCallbacksOnce() {
        if (strong != null) {
            return;
        }
        strong = CallbackFixtures.newStaff(directory, "HOTLINE_AGENT", "T-WEST-4");
        weak = CallbackFixtures.newStaff(directory, "HOTLINE_AGENT", "T-WEST-4");
        var result = ingestAsQuality(intake, List.of(
                completed(strong, "2021-05-10", "2021-05-12", answers("ATTITUDE", 5, "EFFICIENCY", 4,
                        "PROFESSIONAL", 5, "PROMISE", 3, "RESOLUTION", 4, "OVERALL", 10)),
                completed(strong, "2021-05-31", "2021-06-05", answers("ATTITUDE", 4, "EFFICIENCY", 4, "OVERALL", 8)),
                unreachable(strong, "2021-05-20", "2021-05-21"),
                completed(strong, "2021-04-30", "2021-05-01", answers("ATTITUDE", 1, "OVERALL", 1)),
                completed(weak, "2021-05-15", "2021-05-16", answers("ATTITUDE", 1, "OVERALL", 1))));
        assertThat(result.accepted()).isEqualTo(5);
    }

    private long id(String employeeNo) {
        return TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo).id());
    }

    private StaffIndicators asHr(String employeeNo, Period period) {
        return TestAccess.as("hr1", () -> indicators.forStaff(id(employeeNo), period), "ROLE_HR");
    }

    @Test
    void figures_match_a_hand_computation() {
        StaffIndicators s = asHr(strong, MAY_2021);
        assertThat(s.attempted()).isEqualTo(3);
        assertThat(s.callbacks()).isEqualTo(2);
        assertThat(s.responseRate()).isCloseTo(66.6667, within(1e-4));
        // the second callback came 5 days after the service
        assertThat(s.timelinessRate()).isCloseTo(66.6667, within(1e-4));
        assertThat(s.index()).isCloseTo(79.375, within(1e-9));
        // pooled over both hotline agents: ATTITUDE (100+75+0)/3, the rest as above
        assertThat(s.postIndex()).isCloseTo(72.0833, within(1e-4));
        assertThat(s.adjustedIndex()).isCloseTo((2 * 79.375 + 20 * 72.083333333) / 22, within(1e-6));
        assertThat(s.target()).isEqualTo(85.0);
        assertThat(s.attainment()).isCloseTo(s.adjustedIndex() / 85.0, within(1e-12));
        assertThat(s.satisfactionRate()).isEqualTo(50.0);
        assertThat(s.satisfactionRateLow()).isCloseTo(9.45, within(0.01));
        assertThat(s.satisfactionRateHigh()).isCloseTo(90.55, within(0.01));
        assertThat(s.tScore()).isNull();
        assertThat(s.weakItems()).containsExactly("PROMISE", "EFFICIENCY", "RESOLUTION");
        assertThat(s.items()).filteredOn(i -> i.code().equals("ATTITUDE")).singleElement()
                .satisfies(i -> {
                    assertThat(i.answers()).isEqualTo(2);
                    assertThat(i.mean()).isEqualTo(87.5);
                    assertThat(i.satisfiedRate()).isEqualTo(100.0);
                });
    }

    @Test
    void a_staff_member_without_callbacks_gets_the_post_level_and_no_verdict() {
        String nobody = CallbackFixtures.newStaff(directory, "HOTLINE_AGENT", "T-WEST-4");
        StaffIndicators s = asHr(nobody, MAY_2021);
        assertThat(s.callbacks()).isZero();
        assertThat(s.index()).isNull();
        assertThat(s.responseRate()).isNull();
        assertThat(s.satisfactionRate()).isNull();
        assertThat(s.adjustedIndex()).isCloseTo(72.0833, within(1e-4));
        assertThat(s.insufficientSample(indicators.minSample())).isTrue();
    }

    @Test
    void a_callback_belongs_to_the_period_of_its_service_date() {
        StaffIndicators april = asHr(strong, new Period(LocalDate.of(2021, 4, 30), LocalDate.of(2021, 4, 30)));
        assertThat(april.callbacks()).isEqualTo(1);
        assertThat(april.index()).isEqualTo(0.0);
        StaffIndicators lastDayOfMay = asHr(strong, new Period(LocalDate.of(2021, 5, 31), LocalDate.of(2021, 6, 30)));
        assertThat(lastDayOfMay.callbacks()).isEqualTo(1);
    }

    @Test
    void a_supervisor_reads_their_own_team_and_is_refused_another() {
        long staffId = id(strong);
        assertThat(TestAccess.as("supervisor4", () -> indicators.forStaff(staffId, MAY_2021), "ROLE_SUPERVISOR")
                .callbacks()).isEqualTo(2);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> indicators.forStaff(staffId, MAY_2021),
                "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> indicators.forStaff(staffId, MAY_2021), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
        long otherTeam = TestAccess.asAdmin(() -> directory.byEmployeeNo("E10004").teamId());
        assertThatThrownBy(() -> TestAccess.as("supervisor4", () -> indicators.forTeam(otherTeam, MAY_2021),
                "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void own_callbacks_and_trends_are_refused_to_other_teams_supervisors_and_colleagues() {
        long staffId = id(strong);
        var filter = new CallbackFilter(YearMonth.of(2021, 5), null, null);
        assertThat(TestAccess.as("supervisor4", () -> callbackQueries.forStaff(staffId, filter, 0, 10), "ROLE_SUPERVISOR"))
                .hasSize(3);
        assertThat(TestAccess.as("supervisor4", () -> callbackQueries.forStaff(staffId,
                new CallbackFilter(YearMonth.of(2021, 5), null, "PROMISE"), 0, 10), "ROLE_SUPERVISOR")).hasSize(1);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> callbackQueries.forStaff(staffId, filter, 0, 10),
                "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> callbackQueries.countForStaff(staffId, filter),
                "ROLE_STAFF")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> indicators.trend(staffId, YearMonth.of(2021, 5), 6),
                "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        var trend = TestAccess.as("supervisor4", () -> indicators.trend(staffId, YearMonth.of(2021, 5), 2), "ROLE_SUPERVISOR");
        assertThat(trend).extracting(MonthlyFigure::callbacks).containsExactly(1L, 2L);
    }

    @Test
    void team_indicators_list_every_active_member() {
        long team = TestAccess.asAdmin(() -> directory.byEmployeeNo(strong).teamId());
        var members = TestAccess.as("supervisor4", () -> indicators.forTeam(team, MAY_2021), "ROLE_SUPERVISOR");
        assertThat(members).extracting(StaffIndicators::employeeNo).contains(strong, weak);
        assertThat(members).filteredOn(m -> m.employeeNo().equals(strong)).singleElement()
                .satisfies(m -> assertThat(m.index()).isCloseTo(79.375, within(1e-9)));
    }

    @Test
    void the_rebuild_finds_and_repairs_drifted_rollups() {
        String member = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-WEST-3");
        ingestAsQuality(intake, List.of(completed(member, "2021-07-05", "2021-07-06", answers("PROMISE", 2))));
        long staffId = id(member);
        Period july = new Period(LocalDate.of(2021, 7, 5), LocalDate.of(2021, 7, 5));
        assertThat(maintenance.rebuild(july.from(), july.to())).isZero();
        jdbc.update("update satisfaction_staff_day set attempted = attempted + 5 where staff_id = ?", staffId);
        jdbc.update("update satisfaction_staff_day_item set answers = 7 where staff_id = ?", staffId);
        assertThat(asHr(member, july).attempted()).isEqualTo(6);
        assertThat(maintenance.rebuild(july.from(), july.to())).isEqualTo(2);
        StaffIndicators repaired = asHr(member, july);
        assertThat(repaired.attempted()).isEqualTo(1);
        assertThat(repaired.items()).filteredOn(i -> i.code().equals("PROMISE")).singleElement()
                .satisfies(i -> assertThat(i.mean()).isEqualTo(25.0));
        assertThat(maintenance.rebuild(july.from(), july.to())).isZero();
    }
}
