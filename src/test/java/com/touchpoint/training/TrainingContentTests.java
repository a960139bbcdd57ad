package com.touchpoint.training;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.shared.TranslationProvider;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TouchpointTest
class TrainingContentTests {

    static final List<String> REQUIRED_MODULES = List.of("billing-dispute-angry", "repair-delay-expectations",
            "activation-no-line-resources", "dropped-calls-coverage", "misleading-advertisement",
            "key-account-special-treatment", "chatbot-handover", "elderly-data-plan", "composure-after-abusive-call",
            "hotline-escalation-callback", "mood-reset-between-customers");

    @Autowired
    TrainingCatalog catalog;
    @Autowired
    ModuleVersionStore versions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    OrgStructure org;
    @Autowired
    TranslationProvider translations;
    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    private TrainingCatalog catalogOf(Path contentDir) {
        return catalogOf(contentDir.toString());
    }

    private TrainingCatalog catalogOf(String contentDir) {
        var other = new TrainingCatalog(new TrainingProperties(contentDir, 2), versions, indicators, org,
                translations, clock);
        TestAccess.asAdmin(() -> {
            other.load();
            return null;
        });
        return other;
    }

    @Test
    void every_shipped_file_loads_without_a_problem() throws IOException {
        ContentStatus status = TestAccess.asAdmin(() -> catalog.status());
        long files;
        try (Stream<Path> entries = Files.list(Path.of("training-content"))) {
            files = entries.filter(p -> p.toString().endsWith(".yaml")).count();
        }
        assertThat(status.problems()).isEmpty();
        assertThat(status.filesRead()).isEqualTo(files);
        assertThat(status.modules()).hasSize((int) files).hasSizeGreaterThanOrEqualTo(10);
        assertThat(status.modules()).extracting(TrainingModule::id).containsAll(REQUIRED_MODULES);
    }

    @Test
    void without_a_content_dir_every_module_built_into_the_application_loads_from_the_classpath() throws IOException {
        long shipped;
        try (Stream<Path> entries = Files.list(Path.of("training-content"))) {
            shipped = entries.filter(p -> p.toString().endsWith(".yaml")).count();
        }
        ContentStatus status = TestAccess.asAdmin(() -> catalog.status());
        assertThat(status.source()).isEqualTo(ContentSource.CLASSPATH);
        assertThat(status.location()).isEqualTo("classpath:training-content/");
        assertThat(status.modules()).hasSize((int) shipped);
        assertThat(status.problems()).isEmpty();

        ContentStatus blank = TestAccess.asAdmin(() -> catalogOf(" ").status());
        assertThat(blank.source()).isEqualTo(ContentSource.CLASSPATH);
        assertThat(blank.modules()).hasSize((int) shipped);
    }

    @Test
    void a_content_dir_replaces_the_built_in_modules() throws IOException {
        copyShipped("chatbot-handover.yaml");

        ContentStatus status = TestAccess.asAdmin(() -> catalogOf(folder).status());

        assertThat(status.source()).isEqualTo(ContentSource.FOLDER);
        assertThat(status.location()).isEqualTo(folder.toAbsolutePath().normalize().toString());
        assertThat(status.filesRead()).isEqualTo(1);
        assertThat(status.modules()).extracting(TrainingModule::id).containsExactly("chatbot-handover");
    }

    @Test
    void every_shipped_module_has_three_decisions_several_endings_and_english_everywhere() {
        for (TrainingModule module : catalog.modules()) {
            assertThat(module.decisionCount()).as(module.id()).isGreaterThanOrEqualTo(3);
            assertThat(module.steps().values().stream().filter(Step::isEnding).map(Step::end).distinct().count())
                    .as(module.id() + " ending kinds").isGreaterThan(1);
            assertThat(Trainees.bestPath(module)).as(module.id() + " best path").hasSizeGreaterThanOrEqualTo(3);
            AttemptScore perfect = ModuleScoring.score(module, Trainees.bestPath(module));
            assertThat(perfect.total()).as(module.id() + " perfect play").isEqualByComparingTo("100.0");
            assertThat(perfect.passed()).isTrue();
            for (LocalizedText text : texts(module)) {
                assertThat(text.en()).as(module.id() + ": " + text.zh()).isNotBlank();
                assertThat(text.in(Locale.ENGLISH)).isNotEqualTo(text.zh());
            }
        }
    }

    private static List<LocalizedText> texts(TrainingModule module) {
        List<LocalizedText> texts = new ArrayList<>(List.of(module.title(), module.summary()));
        for (Step step : module.steps().values()) {
            if (step.customer() != null) {
                texts.add(step.customer());
            }
            if (step.debrief() != null) {
                texts.add(step.debrief());
            }
            step.replies().forEach(r -> texts.addAll(List.of(r.text(), r.feedback())));
        }
        return texts;
    }

    @Test
    void broken_files_are_reported_by_name_line_and_reason_while_the_good_modules_still_load() throws IOException {
        copyShipped("billing-dispute-angry.yaml");
        copyShipped("elderly-data-plan.yaml");
        write("a-bad-yaml.yaml", TestModules.VALID.replace("id: test-module", "id: [test-module"));
        write("b-dangling.yaml", TestModules.with("next: partial", "next: nowhere").replace("id: test-module", "id: dangling"));
        write("c-unreachable.yaml", TestModules.VALID.replace("id: test-module", "id: unreachable")
                + "  orphan:\n    end: BAD\n    debrief: {zh: 孤立}\n");
        write("d-loop.yaml", TestModules.LOOP_TRAP.replace("id: test-module", "id: loop"));
        write("e-no-chinese.yaml", TestModules.with("customer: {zh: 客户B, en: Customer B}", "customer: {en: Customer B}")
                .replace("id: test-module", "id: no-chinese"));
        write("f-unknown-skill.yaml", TestModules.with("effects: {EMPATHY: -2}", "effects: {CHARM: -2}")
                .replace("id: test-module", "id: unknown-skill"));
        write("g-copy.yaml", Files.readString(Path.of("training-content", "elderly-data-plan.yaml")));
        Files.write(folder.resolve("h-not-utf8.yaml"), "id: x\ntitle: {zh: 中文}".getBytes(java.nio.charset.Charset.forName("GBK")));
        write("notes.txt", "not a module");

        ContentStatus status = TestAccess.asAdmin(() -> catalogOf(folder).status());

        assertThat(status.modules()).extracting(TrainingModule::id)
                .containsExactly("billing-dispute-angry", "elderly-data-plan");
        assertThat(status.filesRead()).isEqualTo(10);
        assertThat(status.problems()).extracting(p -> p.file() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                "a-bad-yaml.yaml:training.problem.syntax",
                "b-dangling.yaml:training.problem.unknown-next",
                "c-unreachable.yaml:training.problem.unreachable",
                "d-loop.yaml:training.problem.no-way-out",
                "d-loop.yaml:training.problem.no-way-out",
                "e-no-chinese.yaml:training.problem.missing-zh",
                "f-unknown-skill.yaml:training.problem.unknown-value",
                "g-copy.yaml:training.problem.duplicate-id",
                "h-not-utf8.yaml:training.problem.not-utf8");
        ContentProblem dangling = status.problems().stream().filter(p -> p.file().equals("b-dangling.yaml")).findFirst().orElseThrow();
        assertThat(dangling.line()).isEqualTo(38);
        assertThat(translations.getTranslation(dangling.messageKey(), Locale.ENGLISH, dangling.args().toArray()))
                .isEqualTo("Step \"b\": next \"nowhere\" is not a step of this module");
        ContentProblem unknownSkill = status.problems().stream().filter(p -> p.file().equals("f-unknown-skill.yaml")).findFirst().orElseThrow();
        assertThat(translations.getTranslation(unknownSkill.messageKey(), Locale.SIMPLIFIED_CHINESE, unknownSkill.args().toArray()))
                .startsWith("steps.a.replies[2].effects：未知的技能“CHARM”");
    }

    @Test
    void a_missing_folder_is_a_problem_not_a_failure() {
        ContentStatus status = TestAccess.asAdmin(() -> catalogOf(folder.resolve("missing")).status());
        assertThat(status.modules()).isEmpty();
        assertThat(status.problems()).extracting(ContentProblem::messageKey).containsExactly("training.problem.no-folder");
    }

    @Test
    void an_edited_file_becomes_a_new_version_and_the_old_text_stays_available_by_hash() throws IOException {
        write("versioned.yaml", TestModules.VALID.replace("id: test-module", "id: versioned-" + System.nanoTime()));
        TrainingCatalog own = catalogOf(folder);
        TrainingModule first = own.modules().get(0);
        write("versioned.yaml", TestModules.VALID.replace("id: test-module", "id: " + first.id())
                .replace("version: 1", "version: 2").replace("回复A1", "改过的回复A1"));
        TestAccess.asAdmin(() -> own.reload());
        TrainingModule second = own.modules().get(0);

        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(second.version()).isEqualTo(2);
        TrainingModule old = catalogOf(folder.resolve("missing")).version(first.contentHash()).orElseThrow();
        assertThat(old.version()).isEqualTo(1);
        assertThat(old.step("a").replies().get(0).text().zh()).isEqualTo("回复A1");
    }

    @Test
    void only_an_admin_may_reload_or_read_the_content_status() {
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> catalog.reload(), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> catalog.status(), "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestAccess.asAdmin(() -> catalog.reload()).modules()).hasSameSizeAs(catalog.modules());
    }

    private void copyShipped(String name) throws IOException {
        Files.copy(Path.of("training-content", name), folder.resolve(name));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
