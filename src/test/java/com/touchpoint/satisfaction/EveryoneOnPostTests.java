package com.touchpoint.satisfaction;

import com.touchpoint.QueryCounter;
import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Everyone's figures on a post are kept between reads (an incentive run, the badges and the quality home read the
 * same months again), and every change they depend on shows at the next read: new callbacks (reading only the
 * delivered staff's rollups again), a renamed or deactivated staff member, new post targets. Field engineers of a
 * team of this class's own, callbacks in March 2017.
 */
@TouchpointTest
class EveryoneOnPostTests {

    static final String POST = "FIELD_ENGINEER";
    static final YearMonth MONTH = YearMonth.of(2017, 3);
    static final Period PERIOD = Period.of(MONTH);

    @Autowired
    IndicatorService indicators;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    CallbackIntake intake;
    @Autowired
    SatisfactionTargets targets;

    static String team;
    static List<String> members;

    @BeforeEach
    void createTeam() {
        if (team != null) {
            return;
        }
        team = "T-EP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String branch = TestAccess.asAdmin(() -> org.unit("T-NORTH-1").orElseThrow().parentCode());
        TestAccess.asAdmin(() -> org.save(new OrgUnitChange(team, "全员指标班组", OrgUnitKind.TEAM, branch)));
        members = new ArrayList<>();
        List<CallbackRecord> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String employeeNo = "EP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            members.add(employeeNo);
            save(employeeNo, "全员" + i, true);
            for (int d = 0; d < 12; d++) {
                records.add(callback(employeeNo, MONTH.atDay(2 + d), 3 + i));
            }
        }
        CallbackFixtures.ingestAsQuality(intake, records);
    }

    private void save(String employeeNo, String name, boolean active) {
        TestAccess.asAdmin(() -> directory.save(new StaffChange(employeeNo, name, POST, team, LocalDate.of(2016, 1, 1),
                active)));
    }

    private static CallbackRecord callback(String employeeNo, LocalDate day, int attitude) {
        return completed(employeeNo, day.toString(), day.plusDays(1).toString(),
                answers("ATTITUDE", attitude, "EFFICIENCY", 4, "RESOLUTION", 4, "OVERALL", 8));
    }

    private static <T> T asHr(Supplier<T> work) {
        return TestAccess.as("hr1", work, "ROLE_HR");
    }

    private List<StaffIndicators> everyone() {
        return asHr(() -> indicators.forPost(POST, PERIOD));
    }

    private StaffIndicators of(String employeeNo) {
        return everyone().stream().filter(s -> s.employeeNo().equals(employeeNo)).findFirst().orElse(null);
    }

    @Test
    void a_second_read_reads_nothing_and_gives_the_same_figures_as_each_persons_own() {
        List<StaffIndicators> first = everyone();
        assertThat(QueryCounter.warmOnThisThread(this::everyone)).as("statements of a kept read").isZero();
        assertThat(everyone()).isEqualTo(first);
        for (String employeeNo : members) {
            StaffIndicators kept = of(employeeNo);
            assertThat(kept).isEqualTo(asHr(() -> indicators.forStaff(kept.staffId(), PERIOD)));
        }
        assertThat(first).extracting(StaffIndicators::employeeNo).isSorted();
    }

    @Test
    void new_callbacks_show_at_the_next_read() {
        String member = members.get(0);
        long before = of(member).callbacks();
        CallbackFixtures.ingestAsQuality(intake, List.of(callback(member, MONTH.atDay(20), 5)));
        assertThat(of(member).callbacks()).isEqualTo(before + 1);
    }

    @Test
    void after_a_delivery_the_next_read_reads_only_the_delivered_staff_and_everyones_figures_follow() {
        everyone();
        String member = members.get(1);
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            CallbackFixtures.ingestAsQuality(intake, List.of(callback(member, MONTH.atDay(21 + i), 1)));
            fewest = Math.min(fewest, QueryCounter.onThisThread(this::everyone));
        }
        assertThat(fewest).as("statements of the first read after a delivery: the delivered member's totals")
                .isEqualTo(2);
        for (String employeeNo : members) {
            StaffIndicators kept = of(employeeNo);
            assertThat(kept).as("the post's level, and so every peer's figures, follow the delivery")
                    .isEqualTo(asHr(() -> indicators.forStaff(kept.staffId(), PERIOD)));
        }
    }

    @Test
    void a_delivery_marks_only_staff_of_the_post_with_callbacks_in_the_period() {
        StaffRef onPost = new StaffRef(1, "A1", "甲", POST, 9, "T", true);
        EveryoneOnPost kept = EveryoneOnPost.of(PERIOD, List.of(onPost), Map.of(), (staff, totals) -> List.of());
        LocalDate inMonth = MONTH.atDay(5);
        assertThat(kept.withChanged(List.of(new CallbacksStored.StaffDay(2, inMonth, 1),
                new CallbacksStored.StaffDay(1, MONTH.plusMonths(1).atDay(1), 1)))).isSameAs(kept);
        EveryoneOnPost marked = kept.withChanged(List.of(new CallbacksStored.StaffDay(1, inMonth, 2)));
        assertThat(marked.changed()).containsExactly(1L);
        assertThat(marked.withChanged(List.of(new CallbacksStored.StaffDay(1, inMonth, 1))))
                .as("a second delivery to a marked member: a new value, so a reader of the first is not kept")
                .isNotSameAs(marked).extracting(EveryoneOnPost::changed).isEqualTo(Set.of(1L));
    }

    @Test
    void a_renamed_or_deactivated_staff_member_shows_at_the_next_read() {
        String renamed = members.get(1);
        assertThat(of(renamed).name()).isEqualTo("全员1");
        save(renamed, "改名后", true);
        assertThat(of(renamed).name()).isEqualTo("改名后");

        String leaver = members.get(2);
        assertThat(of(leaver)).isNotNull();
        save(leaver, "全员2", false);
        try {
            assertThat(of(leaver)).as("inactive staff are left out").isNull();
        } finally {
            save(leaver, "全员2", true);
        }
        assertThat(of(leaver)).isNotNull();
    }

    @Test
    void new_post_targets_show_at_the_next_read() {
        SatisfactionTargets.PostTargets original = targets.of(POST);
        double before = of(members.get(0)).target();
        BigDecimal changed = BigDecimal.valueOf(original.indexTarget() + 1.5);
        TestAccess.as("quality1", () -> {
            targets.setTargets(POST, changed, Map.of());
            return null;
        }, "ROLE_QUALITY");
        try {
            assertThat(of(members.get(0)).target()).isEqualTo(before + 1.5);
        } finally {
            TestAccess.as("quality1", () -> {
                targets.setTargets(POST, BigDecimal.valueOf(original.indexTarget()), Map.of());
                return null;
            }, "ROLE_QUALITY");
        }
        assertThat(of(members.get(0)).target()).isEqualTo(before);
    }

    @Test
    void only_those_who_see_everyone_read_a_post() {
        assertThatThrownBy(() -> TestAccess.as("sup1", () -> indicators.forPost(POST, PERIOD), "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> indicators.forPost(POST, PERIOD), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
