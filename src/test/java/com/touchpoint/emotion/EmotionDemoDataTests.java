package com.touchpoint.emotion;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo check-ins show what the demo promises: contagion, consent, a strain signal, an outage, the k rule. */
@TouchpointTest
class EmotionDemoDataTests {

    @Autowired
    PersonalMood personal;
    @Autowired
    TeamClimate climate;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    OperatorTime time;

    private static <T> T asSupervisor1(Supplier<T> action) {
        return TestAccess.as("supervisor1", action, "ROLE_SUPERVISOR", "ROLE_STAFF");
    }

    private static <T> T asHr(Supplier<T> action) {
        return TestAccess.as("hr1", action, "ROLE_HR");
    }

    private long staff(String employeeNo) {
        return TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo).id());
    }

    private long team(String code) {
        return TestAccess.asAdmin(() -> org.unit(code).orElseThrow().id());
    }

    @Test
    void staff1_shares_with_supervisor1_and_has_a_visible_contagion_figure() {
        MoodOverview staff1 = asSupervisor1(() -> personal.overview(staff("E10004")));
        assertThat(staff1.contagion().enough()).isTrue();
        assertThat(staff1.contagion().difference()).isPositive();
        assertThat(staff1.checkIns()).hasSizeGreaterThan(60);
        assertThat(staff1.checkIns()).noneMatch(c -> c.workDate().equals(time.today()));
        List<SharingMember> sharing = asSupervisor1(() -> personal.sharingMembers(team("T-WEST-1")));
        assertThat(sharing).extracting(SharingMember::staffId)
                .containsExactlyInAnyOrder(staff("E10004"), staff("E10005"), staff("E10007"));
    }

    @Test
    void a_sharing_member_has_a_strain_signal_and_a_non_sharing_one_stays_private() {
        MoodOverview low = asSupervisor1(() -> personal.overview(staff("E10005")));
        assertThat(low.signals()).extracting(StrainSignal::kind).contains(StrainSignal.Kind.LOW_MOOD);
        long private8 = staff("E10008");
        assertThatThrownBy(() -> asSupervisor1(() -> personal.overview(private8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_repair_outage_week_shows_in_the_climate_and_the_team_contagion_has_enough_days() {
        LocalDate outage = time.today().minusMonths(2).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        Period period = new Period(outage.minusWeeks(3), outage.plusDays(6 + 21));
        List<Climate> weeks = asHr(() -> climate.climate(team("T-WEST-3"), period, Granularity.WEEK));
        Climate outageWeek = weeks.stream().filter(w -> w.window().from().equals(outage)).findFirst().orElseThrow();
        assertThat(outageWeek.suppressed()).isFalse();
        assertThat(outageWeek.tagCounts()).containsKey(MoodTag.SYSTEM);
        for (Climate week : weeks) {
            if (week != outageWeek && !week.suppressed()) {
                assertThat(week.meanMood()).as(week.window().toString()).isGreaterThan(outageWeek.meanMood() + 0.5);
            }
        }
        TeamContagion team = asSupervisor1(() -> climate.contagion(team("T-WEST-1"), personal.recentPeriod()));
        assertThat(team.enough()).isTrue();
        assertThat(team.days()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void the_small_hotline_team_is_under_the_k_rule_in_every_window() {
        List<Climate> weeks = asHr(() -> climate.climate(team(EmotionDemoData.SMALL_TEAM), personal.recentPeriod(),
                Granularity.WEEK));
        assertThat(weeks).isNotEmpty().allMatch(Climate::suppressed);
        assertThat(asHr(() -> climate.acrossTeams(personal.recentPeriod())))
                .filteredOn(row -> !row.teamCode().equals(EmotionDemoData.SMALL_TEAM))
                .filteredOn(row -> row.teamCode().startsWith("T-") && row.teamCode().split("-").length == 3
                        && row.teamCode().matches("T-(WEST|EAST|NORTH)-[1-4]"))
                .hasSize(11).noneMatch(row -> row.climate().suppressed());
    }
}
