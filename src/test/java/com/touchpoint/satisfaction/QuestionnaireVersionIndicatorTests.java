package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.ingestAsQuality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each callback counts with the weights of the questionnaire version it answered, and the cached questionnaires
 * and targets follow every change. Each test runs in a transaction that is rolled back, so the new current
 * version and the changed targets never reach the other tests. Field engineers in March and April 2018.
 */
@TouchpointTest
@Transactional
class QuestionnaireVersionIndicatorTests {

    static final YearMonth MARCH = YearMonth.of(2018, 3);
    static final YearMonth APRIL = YearMonth.of(2018, 4);

    @Autowired
    IndicatorService indicators;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    SatisfactionTargets targets;
    @Autowired
    StaffDirectory directory;
    @Autowired
    CallbackIntake intake;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static <T> T asQuality(Supplier<T> work) {
        return TestAccess.as("quality1", work, "ROLE_QUALITY");
    }

    private static CallbackRecord callback(String employeeNo, String day, String questionnaire) {
        return new CallbackRecord(CallbackFixtures.externalId(), employeeNo, day, day, "REPAIR", "ONSITE", "MASS",
                "COMPLETED", questionnaire, answers("ATTITUDE", 5, "PROMISE", 1, "OVERALL", 9), false, null);
    }

    /** STANDARD-2026's items with attitude at 0.10 and promise at 0.30 instead of 0.25 and 0.15, made current. */
    private String secondVersion() {
        String code = "V2-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<QuestionnaireDraft.ItemDraft> items = new java.util.ArrayList<>();
        questionnaires.byCode("STANDARD-2026").orElseThrow().items().forEach(i -> items.add(
                i.code().equals("ATTITUDE") ? new QuestionnaireDraft.ItemDraft("ATTITUDE", "服务态度", "Service attitude",
                        Scale.FIVE_POINT, new BigDecimal("0.10"), 4, false)
                        : i.code().equals("PROMISE") ? new QuestionnaireDraft.ItemDraft("PROMISE", "承诺兑现", "Promise kept",
                        Scale.FIVE_POINT, new BigDecimal("0.30"), 4, false)
                        : QuestionnaireDraft.ItemDraft.of(i)));
        asQuality(() -> questionnaires.createVersion(new QuestionnaireDraft(code, "第二版", "Second", items, true)));
        return code;
    }

    private StaffIndicators month(String employeeNo, YearMonth month) {
        long id = TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo).id());
        return asQuality(() -> indicators.forStaff(id, Period.of(month)));
    }

    @Test
    void callbacks_keep_their_index_when_a_version_with_other_weights_becomes_current() {
        String member = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-WEST-3");
        ingestAsQuality(intake, List.of(callback(member, "2018-03-05", "STANDARD-2026")));
        // attitude 100 and promise 0 under 0.25 / 0.15: (0.25·100 + 0.15·0) / 0.40
        assertThat(month(member, MARCH).index()).isCloseTo(62.5, within(1e-9));

        String second = secondVersion();

        assertThat(questionnaires.current().code()).isEqualTo(second);
        assertThat(month(member, MARCH).index()).isCloseTo(62.5, within(1e-9));
        assertThat(month(member, MARCH).postIndex()).isNotNull();
    }

    @Test
    void a_month_mixing_two_versions_weighs_each_callback_by_its_own_version() {
        String member = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-WEST-3");
        String second = secondVersion();
        ingestAsQuality(intake, List.of(callback(member, "2018-04-02", "STANDARD-2026"),
                callback(member, "2018-04-03", second), callback(member, "2018-04-04", second)));
        // the first counts 62.5 under its own weights, the other two (0.10·100 + 0.30·0) / 0.40 = 25 under theirs
        StaffIndicators april = month(member, APRIL);
        assertThat(april.index()).isCloseTo((62.5 + 2 * 25) / 3, within(1e-9));
        assertThat(april.callbacks()).isEqualTo(3);
        assertThat(april.satisfactionRate()).isEqualTo(100.0);
        long id = TestAccess.asAdmin(() -> directory.byEmployeeNo(member).id());
        assertThat(asQuality(() -> indicators.trend(id, APRIL, 2))).extracting(MonthlyFigure::index)
                .containsExactly(null, april.index());
        assertThat(april.weakItems()).containsExactly("PROMISE");
    }

    @Test
    void the_nightly_rebuild_restores_the_rollups_of_each_version() {
        String member = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-WEST-3");
        String second = secondVersion();
        ingestAsQuality(intake, List.of(callback(member, "2018-04-12", "STANDARD-2026"),
                callback(member, "2018-04-12", second)));
        Period day = new Period(APRIL.atDay(12), APRIL.atDay(12));
        assertThat(maintenance.rebuild(day.from(), day.to())).isZero();
        long id = TestAccess.asAdmin(() -> directory.byEmployeeNo(member).id());
        jdbc.update("delete from satisfaction_staff_day_item where staff_id = ?", id);
        jdbc.update("update satisfaction_staff_day set valid_count = 0 where staff_id = ?", id);

        // two day rows (one per version) and six item rows (three items under each) had drifted
        assertThat(maintenance.rebuild(day.from(), day.to())).isEqualTo(8);
        StaffIndicators repaired = asQuality(() -> indicators.forStaff(id, day));
        assertThat(repaired.index()).isCloseTo((62.5 + 25) / 2, within(1e-9));
        assertThat(repaired.callbacks()).isEqualTo(2);
    }

    @Test
    void changed_targets_reach_the_indicators_at_once() {
        String member = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-WEST-3");
        ingestAsQuality(intake, List.of(callback(member, "2018-03-06", "STANDARD-2026")));
        assertThat(month(member, MARCH).target()).isEqualTo(82.0);
        asQuality(() -> {
            targets.setTargets("FIELD_ENGINEER", new BigDecimal("90"), Map.of("ATTITUDE", new BigDecimal("95")));
            return null;
        });
        StaffIndicators after = month(member, MARCH);
        assertThat(after.target()).isEqualTo(90.0);
        assertThat(after.items()).filteredOn(i -> i.code().equals("ATTITUDE")).singleElement()
                .satisfies(i -> assertThat(i.target()).isEqualTo(95.0));
        assertThat(after.items()).filteredOn(i -> i.code().equals("PROMISE")).singleElement()
                .satisfies(i -> assertThat(i.target()).isEqualTo(90.0));
    }
}
