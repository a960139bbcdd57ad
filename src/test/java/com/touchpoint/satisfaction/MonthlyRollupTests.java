package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static com.touchpoint.satisfaction.CallbackFixtures.ingestAsQuality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The monthly rollups beside the daily ones, and the post levels kept between requests. Field engineers in 2015
 * belong to this class alone, so the post's level is made of the two staff members created here.
 */
@TouchpointTest
class MonthlyRollupTests {

    static final String POST = "FIELD_ENGINEER";
    static final YearMonth JUNE = YearMonth.of(2015, 6);

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

    static String first;
    static String second;

    @BeforeEach
    void deliverOnce() {
        if (first != null) {
            return;
        }
        first = CallbackFixtures.newStaff(directory, POST, "T-WEST-3");
        second = CallbackFixtures.newStaff(directory, POST, "T-WEST-3");
        ingestAsQuality(intake, List.of(
                completed(first, "2015-03-05", "2015-03-06", answers("ATTITUDE", 5, "PROMISE", 3, "OVERALL", 9)),
                completed(first, "2015-03-20", "2015-03-21", answers("ATTITUDE", 3, "OVERALL", 6)),
                completed(first, "2015-04-02", "2015-04-03", answers("ATTITUDE", 4, "EFFICIENCY", 2, "OVERALL", 7)),
                completed(first, "2015-04-02", "2015-04-04", answers("ATTITUDE", 2, "OVERALL", 4)),
                completed(first, "2015-04-30", "2015-05-01", answers("ATTITUDE", 5, "OVERALL", 10)),
                completed(first, "2015-05-15", "2015-05-16", answers("ATTITUDE", 1, "PROMISE", 5, "OVERALL", 3)),
                completed(second, "2015-04-10", "2015-04-11", answers("ATTITUDE", 4, "OVERALL", 8))));
    }

    private static <T> T asHr(Supplier<T> work) {
        return TestAccess.as("hr1", work, "ROLE_HR");
    }

    private long id(String employeeNo) {
        return TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo).id());
    }

    @Test
    void the_monthly_rollups_hold_the_sums_of_the_daily_ones() {
        String staff = id(first) + ", " + id(second);
        var months = jdbc.queryForList("select staff_id, service_month, questionnaire_id, attempted, valid_count, "
                + "timely from satisfaction_staff_month where staff_id in (" + staff + ") order by 1, 2, 3");
        var fromDays = jdbc.queryForList("select staff_id, year(service_date) * 100 + month(service_date), "
                + "questionnaire_id, sum(attempted), sum(valid_count), sum(timely) from satisfaction_staff_day "
                + "where staff_id in (" + staff + ") group by 1, 2, 3 order by 1, 2, 3");
        assertThat(months).hasSizeGreaterThanOrEqualTo(4);
        assertThat(months.stream().map(r -> List.copyOf(r.values()).toString()).toList())
                .isEqualTo(fromDays.stream().map(r -> numbers(List.copyOf(r.values()))).toList());
        var items = jdbc.queryForList("select staff_id, service_month, item_code, answers, answer_sum, satisfied "
                + "from satisfaction_staff_month_item where staff_id in (" + staff + ") order by 1, 2, 3");
        var itemsFromDays = jdbc.queryForList("select staff_id, year(service_date) * 100 + month(service_date), "
                + "item_code, sum(answers), sum(answer_sum), sum(satisfied) from satisfaction_staff_day_item "
                + "where staff_id in (" + staff + ") group by 1, 2, 3 order by 1, 2, 3");
        assertThat(items).hasSizeGreaterThan(8);
        assertThat(items.stream().map(r -> List.copyOf(r.values()).toString()).toList())
                .isEqualTo(itemsFromDays.stream().map(r -> numbers(List.copyOf(r.values()))).toList());
    }

    /** Sums come back as decimals; the same figures as whole numbers, as the monthly table holds them. */
    private static String numbers(List<Object> row) {
        return row.stream().map(v -> v instanceof Number n && !(v instanceof Long) && !(v instanceof Integer)
                ? String.valueOf(n.longValue()) : String.valueOf(v)).toList().toString();
    }

    @Test
    void a_period_with_partial_months_counts_every_day_once() {
        long staffId = id(first);
        for (Period period : List.of(new Period(LocalDate.of(2015, 3, 20), LocalDate.of(2015, 4, 30)),
                new Period(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 5, 31)),
                new Period(LocalDate.of(2015, 3, 6), LocalDate.of(2015, 5, 14)),
                new Period(LocalDate.of(2015, 3, 5), LocalDate.of(2015, 5, 15)),
                new Period(LocalDate.of(2015, 4, 2), LocalDate.of(2015, 4, 2)))) {
            StaffIndicators s = asHr(() -> indicators.forStaff(staffId, period));
            long raw = jdbc.queryForObject("select count(*) from satisfaction_callback where staff_id = ? "
                    + "and service_date between ? and ?", Long.class, staffId, period.from(), period.to());
            var attitude = jdbc.queryForMap("select sum(a.answer) total, count(*) answers from satisfaction_answer a "
                    + "join satisfaction_callback c on c.id = a.callback_id where c.staff_id = ? and a.item_code = "
                    + "'ATTITUDE' and c.service_date between ? and ?", staffId, period.from(), period.to());
            double rawMean = (((Number) attitude.get("total")).doubleValue() / ((Number) attitude.get("answers"))
                    .doubleValue() - 1) * 25;
            assertThat(s.attempted()).as("callbacks in %s", period).isEqualTo(raw);
            assertThat(s.items()).filteredOn(i -> i.code().equals("ATTITUDE")).singleElement()
                    .satisfies(i -> assertThat(i.mean()).as("attitude in %s", period).isCloseTo(rawMean, within(1e-9)));
        }
    }

    @Test
    void a_team_month_by_month_equals_each_month_read_alone() {
        long team = TestAccess.asAdmin(() -> directory.byEmployeeNo(first).teamId());
        var byMonth = asHr(() -> indicators.forTeamByMonth(team, YearMonth.of(2015, 5), 4));
        assertThat(byMonth.keySet()).containsExactly(YearMonth.of(2015, 2), YearMonth.of(2015, 3),
                YearMonth.of(2015, 4), YearMonth.of(2015, 5));
        byMonth.forEach((month, members) -> assertThat(members)
                .isEqualTo(asHr(() -> indicators.forTeam(team, Period.of(month)))));
        assertThat(byMonth.get(YearMonth.of(2015, 4))).filteredOn(s -> s.employeeNo().equals(first)).singleElement()
                .satisfies(s -> assertThat(s.callbacks()).isEqualTo(3));
    }

    @Test
    void the_rebuild_repairs_drifted_monthly_rollups() {
        long staffId = id(first);
        Period april = Period.of(YearMonth.of(2015, 4));
        assertThat(maintenance.rebuild(april.from(), april.to())).isZero();
        jdbc.update("update satisfaction_staff_month set attempted = attempted + 3 where staff_id = ? "
                + "and service_month = 201504", staffId);
        assertThat(asHr(() -> indicators.forStaff(staffId, april)).attempted()).isEqualTo(6);
        assertThat(maintenance.rebuild(april.from(), april.to())).isEqualTo(1);
        assertThat(asHr(() -> indicators.forStaff(staffId, april)).attempted()).isEqualTo(3);
        assertThat(maintenance.rebuild(april.from(), april.to())).isZero();
    }

    @Test
    void the_kept_post_level_follows_new_callbacks_and_moves_at_once() {
        long firstId = id(first);
        Period june = Period.of(JUNE);
        ingestAsQuality(intake, List.of(completed(first, "2015-06-03", "2015-06-04",
                answers("ATTITUDE", 5, "EFFICIENCY", 5, "PROFESSIONAL", 5, "PROMISE", 5, "RESOLUTION", 5,
                        "OVERALL", 10))));
        StaffIndicators alone = asHr(() -> indicators.forStaff(firstId, june));
        assertThat(alone.postIndex()).isEqualTo(100.0);

        ingestAsQuality(intake, List.of(completed(second, "2015-06-08", "2015-06-09",
                answers("ATTITUDE", 1, "EFFICIENCY", 1, "PROFESSIONAL", 1, "PROMISE", 1, "RESOLUTION", 1,
                        "OVERALL", 1))));
        StaffIndicators withPeer = asHr(() -> indicators.forStaff(firstId, june));
        assertThat(withPeer.postIndex()).isEqualTo(50.0);
        assertSameAsFreshlyPooled(withPeer);

        StaffRefChange.moveToPost(directory, second, "HOTLINE_AGENT");
        StaffIndicators afterMove = asHr(() -> indicators.forStaff(firstId, june));
        assertThat(afterMove.postIndex()).isEqualTo(100.0);
        assertSameAsFreshlyPooled(afterMove);
    }

    /** The post's figures computed from every staff member's rollups, without any kept level. */
    private void assertSameAsFreshlyPooled(StaffIndicators kept) {
        StaffIndicators pooled = asHr(() -> indicators.forPost(POST, kept.period())).stream()
                .filter(s -> s.staffId() == kept.staffId()).findFirst().orElseThrow();
        assertThat(kept.postIndex()).isEqualTo(pooled.postIndex());
        assertThat(kept.adjustedIndex()).isEqualTo(pooled.adjustedIndex());
    }

    private static final class StaffRefChange {
        static void moveToPost(StaffDirectory directory, String employeeNo, String post) {
            TestAccess.asAdmin(() -> directory.save(new StaffChange(employeeNo, "测试员工", post, "T-WEST-3",
                    LocalDate.of(2020, 1, 1), true)));
        }
    }
}
