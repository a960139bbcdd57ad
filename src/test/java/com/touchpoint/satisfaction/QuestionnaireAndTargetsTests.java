package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Questionnaire versions, per-post targets and external survey scores: rules, audit and access. */
@TouchpointTest
class QuestionnaireAndTargetsTests {

    @Autowired
    Questionnaires questionnaires;
    @Autowired
    SatisfactionTargets targets;
    @Autowired
    ExternalSurveys external;
    @Autowired
    OrgStructure org;
    @Autowired
    AuditLog audit;

    private static <T> T asQuality(java.util.function.Supplier<T> work) {
        return TestAccess.as("quality1", work, "ROLE_QUALITY");
    }

    private List<QuestionnaireDraft.ItemDraft> currentItems() {
        List<QuestionnaireDraft.ItemDraft> items = new ArrayList<>();
        questionnaires.byCode("STANDARD-2026").orElseThrow().items().forEach(i -> items.add(QuestionnaireDraft.ItemDraft.of(i)));
        return items;
    }

    private String code() {
        return "V-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void a_new_version_is_stored_without_touching_the_one_in_use() {
        List<QuestionnaireDraft.ItemDraft> items = currentItems();
        items.set(0, new QuestionnaireDraft.ItemDraft("ATTITUDE", "服务态度", "Service attitude", Scale.FIVE_POINT,
                new BigDecimal("0.30"), 4, false));
        items.set(3, new QuestionnaireDraft.ItemDraft("PROMISE", "承诺兑现", "Promise kept", Scale.FIVE_POINT,
                new BigDecimal("0.10"), 4, false));
        String code = code();
        var created = asQuality(() -> questionnaires.createVersion(new QuestionnaireDraft(code, "新版", "New", items, false)));
        assertThat(created.item("ATTITUDE").orElseThrow().weight()).isEqualTo(0.30);
        assertThat(created.current()).isFalse();
        assertThat(questionnaires.current().code()).isEqualTo("STANDARD-2026");
        assertThat(questionnaires.byCode("STANDARD-2026").orElseThrow().item("ATTITUDE").orElseThrow().weight())
                .isEqualTo(0.25);
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("Questionnaire", code))).hasSize(1);
    }

    @Test
    void weights_must_add_up_to_one_and_there_must_be_one_overall_item() {
        List<QuestionnaireDraft.ItemDraft> items = currentItems();
        items.set(0, new QuestionnaireDraft.ItemDraft("ATTITUDE", "服务态度", "Service attitude", Scale.FIVE_POINT,
                new BigDecimal("0.40"), 4, false));
        String code = code();
        assertThatThrownBy(() -> asQuality(() -> questionnaires.createVersion(new QuestionnaireDraft(code, "x", "x", items, false))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.messageKey().equals("questionnaire.weights.sum")
                                && p.arguments()[0].equals("1.15")));
        List<QuestionnaireDraft.ItemDraft> noOverall = currentItems().subList(0, 5);
        assertThatThrownBy(() -> asQuality(() -> questionnaires.createVersion(new QuestionnaireDraft(code, "x", "x",
                noOverall, false)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .anyMatch(p -> p.messageKey().equals("questionnaire.overall.exactly-one")));
        assertThat(questionnaires.byCode(code)).isEmpty();
    }

    @Test
    void an_existing_version_cannot_be_replaced() {
        assertThatThrownBy(() -> asQuality(() -> questionnaires.createVersion(new QuestionnaireDraft("STANDARD-2026",
                "x", "x", currentItems(), true)))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("questionnaire.code.taken"));
    }

    @Test
    void a_threshold_outside_the_scale_is_refused() {
        List<QuestionnaireDraft.ItemDraft> items = currentItems();
        items.set(1, new QuestionnaireDraft.ItemDraft("EFFICIENCY", "办理效率", "Efficiency", Scale.FIVE_POINT,
                new BigDecimal("0.20"), 6, false));
        assertThatThrownBy(() -> asQuality(() -> questionnaires.createVersion(new QuestionnaireDraft(code(), "x", "x",
                items, false)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .anyMatch(p -> p.messageKey().equals("questionnaire.threshold.out-of-scale")));
    }

    @Test
    void quality_sets_post_and_item_targets_and_the_change_is_audited() {
        TestAccess.as("quality1", () -> {
            targets.setTargets("FRONT_DESK_LEAD", new BigDecimal("88.5"), Map.of("PROMISE", new BigDecimal("80")));
            return null;
        }, "ROLE_QUALITY");
        assertThat(targets.itemTargets("FRONT_DESK_LEAD")).containsEntry("PROMISE", 80.0);
        assertThat(TestAccess.asAdmin(() -> org.posts()).stream().filter(p -> p.code().equals("FRONT_DESK_LEAD"))
                .findFirst().orElseThrow().indexTarget()).isEqualByComparingTo("88.50");
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("ItemTargets", "FRONT_DESK_LEAD"))).isNotEmpty();
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("PostTarget", "FRONT_DESK_LEAD"))).isNotEmpty();
        TestAccess.as("quality1", () -> {
            targets.setTargets("FRONT_DESK_LEAD", new BigDecimal("88"), Map.of());
            return null;
        }, "ROLE_QUALITY");
    }

    @Test
    void targets_outside_0_to_100_and_unknown_items_are_refused() {
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> {
            targets.setTargets("SHOP_SALES", new BigDecimal("120"), Map.of());
            return null;
        }, "ROLE_QUALITY")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> {
            targets.setTargets("SHOP_SALES", new BigDecimal("85"), Map.of("SMELL", new BigDecimal("80")));
            return null;
        }, "ROLE_QUALITY")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void supervisors_and_hr_cannot_change_targets_or_questionnaires() {
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> {
            targets.setTargets("SHOP_SALES", new BigDecimal("10"), Map.of());
            return null;
        }, "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("hr1", () -> questionnaires.createVersion(
                new QuestionnaireDraft(code(), "x", "x", currentItems(), true)), "ROLE_HR"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void external_scores_import_from_a_file_with_problems_named_by_row_and_column() {
        String csv = "季度,单位,题项,得分\n2030Q2,西城分公司,承诺兑现,70.5\n2030Q2,BR-EAST,服务态度,88\n2030Q2,BR-EAST,办理效率,abc\n";
        var result = TestAccess.as("quality1", () -> external.importFile("external.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ROLE_QUALITY");
        assertThat(result.stored()).isEqualTo(2);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("得分");
        });
        assertThat(TestAccess.as("quality1", () -> external.all(), "ROLE_QUALITY"))
                .anyMatch(s -> s.quarter().equals("2030Q2") && s.unitCode().equals("BR-WEST") && s.itemCode().equals("PROMISE"));
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> external.importFile("x.csv",
                "季度,得分\n2030Q2,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ROLE_QUALITY"))
                .isInstanceOfSatisfying(com.touchpoint.shared.TouchpointException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.header.missing"));
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> external.importFile("external.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void external_scores_show_the_weakest_items_of_the_latest_quarter() {
        TestAccess.as("quality1", () -> {
            external.record(new ExternalScore("2031Q1", "BR-WEST", "PROMISE", new BigDecimal("61")));
            external.record(new ExternalScore("2031Q1", "BR-EAST", "PROMISE", new BigDecimal("65")));
            external.record(new ExternalScore("2031Q1", "BR-WEST", "ATTITUDE", new BigDecimal("90")));
            external.record(new ExternalScore("2031Q1", "BR-WEST", "EFFICIENCY", new BigDecimal("72")));
            return null;
        }, "ROLE_QUALITY");
        var weakest = TestAccess.as("quality1", () -> external.weakestOfLatestQuarter(), "ROLE_QUALITY");
        assertThat(weakest).extracting(ExternalScore::itemCode).containsExactly("PROMISE", "EFFICIENCY", "ATTITUDE");
        assertThat(weakest.get(0).score()).isEqualByComparingTo("63.00");
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> {
            external.record(new ExternalScore("2031Q5", "T-WEST-1", "PROMISE", new BigDecimal("101")));
            return null;
        }, "ROLE_QUALITY")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                        .containsExactlyInAnyOrder("quarter", "unitCode", "score"));
    }
}
