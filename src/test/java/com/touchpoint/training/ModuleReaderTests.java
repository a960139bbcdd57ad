package com.touchpoint.training;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleReaderTests {

    private static ContentProblem onlyProblem(String source) {
        ModuleReader.Result result = TestModules.read(source);
        assertThat(result.module()).isNull();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void a_valid_module_is_read_with_its_steps_texts_and_best_sums() {
        ModuleReader.Result result = TestModules.read(TestModules.VALID);
        assertThat(result.problems()).isEmpty();
        TrainingModule module = result.module();
        assertThat(module.id()).isEqualTo("test-module");
        assertThat(module.steps()).containsOnlyKeys("a", "b", "good", "partial", "bad");
        assertThat(module.decisionCount()).isEqualTo(2);
        assertThat(module.endingCount()).isEqualTo(3);
        assertThat(module.step("a").replies().get(1).text().in(java.util.Locale.ENGLISH)).isEqualTo("Reply A2");
        assertThat(module.bestSums()).containsEntry(Skill.EMPATHY, 3).containsEntry(Skill.EXPECTATION, 3)
                .containsEntry(Skill.COMMUNICATION, 1).containsEntry(Skill.PRODUCT_KNOWLEDGE, 0);
        assertThat(module.scoredSkills()).containsExactly(Skill.EMPATHY, Skill.EXPECTATION, Skill.COMMUNICATION);
    }

    @Test
    void english_may_be_left_out_and_falls_back_to_chinese() {
        TrainingModule module = TestModules.read(TestModules.with("{zh: 客户A, en: Customer A}", "{zh: 客户A}")).module();
        assertThat(module.step("a").customer().in(java.util.Locale.ENGLISH)).isEqualTo("客户A");
    }

    @Test
    void broken_yaml_is_reported_with_its_line() {
        ContentProblem problem = onlyProblem(TestModules.with("    mood: ANXIOUS\n    customer: {zh: 客户B",
                "    mood: ANXIOUS\n    customer: {zh: 客户B, en: [unclosed"));
        assertThat(problem.messageKey()).isEqualTo("training.problem.syntax");
        assertThat(problem.file()).isEqualTo("test-module.yaml");
        assertThat(problem.line()).isBetween(26, 28);
    }

    @Test
    void a_dangling_next_names_the_step_and_the_missing_target_at_its_line() {
        ContentProblem problem = onlyProblem(TestModules.with("next: partial", "next: partiall"));
        assertThat(problem.messageKey()).isEqualTo("training.problem.unknown-next");
        assertThat(problem.args()).containsExactly("b", "partiall");
        assertThat(problem.line()).isEqualTo(38);
    }

    @Test
    void an_unreachable_step_is_reported_at_its_key() {
        ContentProblem problem = onlyProblem(TestModules.VALID + """
                  orphan:
                    end: BAD
                    debrief: {zh: 孤立}
                """);
        assertThat(problem.messageKey()).isEqualTo("training.problem.unreachable");
        assertThat(problem.args()).containsExactly("orphan", "a");
        assertThat(problem.line()).isEqualTo(50);
    }

    @Test
    void a_loop_with_no_way_out_is_reported_for_each_step_caught_in_it() {
        String loop = TestModules.LOOP_TRAP;
        ModuleReader.Result result = TestModules.read(loop);
        assertThat(result.module()).isNull();
        assertThat(result.problems()).extracting(ContentProblem::messageKey)
                .contains("training.problem.no-way-out");
        assertThat(result.problems()).filteredOn(p -> p.messageKey().equals("training.problem.no-way-out"))
                .extracting(p -> p.args().get(0)).containsExactlyInAnyOrder("c", "d");
    }

    @Test
    void a_loop_with_a_way_out_is_allowed_and_bounded_by_simple_paths() {
        String loop = TestModules.with("next: partial", "next: a")
                .replace("  partial:\n    end: PARTIAL\n    debrief: {zh: 一般, en: So-so}\n", "");
        ModuleReader.Result result = TestModules.read(loop);
        assertThat(result.problems()).isEmpty();
        // EMPATHY: a1 (2) then b2 back to a (1) then a1 again would revisit a: the bound counts each step once
        assertThat(result.module().bestSums()).containsEntry(Skill.EMPATHY, 2);
    }

    @Test
    void missing_chinese_text_names_the_place() {
        ContentProblem problem = onlyProblem(TestModules.with("feedback: {zh: 反馈B1, en: Feedback B1}",
                "feedback: {en: Feedback B1}"));
        assertThat(problem.messageKey()).isEqualTo("training.problem.missing-zh");
        assertThat(problem.args()).containsExactly("steps.b.replies[1].feedback");
        assertThat(problem.line()).isEqualTo(30);
    }

    @Test
    void an_unknown_skill_is_named_with_the_known_ones() {
        ContentProblem problem = onlyProblem(TestModules.with("effects: {EMPATHY: -2}", "effects: {SYMPATHY: -2}"));
        assertThat(problem.messageKey()).isEqualTo("training.problem.unknown-value");
        assertThat(problem.args()).contains(ContentKind.SKILL, "SYMPATHY");
        assertThat(problem.line()).isEqualTo(22);
    }

    @Test
    void unknown_posts_items_moods_and_endings_are_refused() {
        assertThat(onlyProblem(TestModules.with("posts: [FIELD_ENGINEER]", "posts: [ASTRONAUT]")).args())
                .contains(ContentKind.POST, "ASTRONAUT");
        assertThat(onlyProblem(TestModules.with("trains: [PROMISE]", "trains: [PUNCTUALITY]")).args())
                .contains(ContentKind.ITEM, "PUNCTUALITY");
        assertThat(onlyProblem(TestModules.with("mood: PLEASED", "mood: HAPPY")).args())
                .contains(ContentKind.MOOD, "HAPPY");
        assertThat(onlyProblem(TestModules.with("end: PARTIAL", "end: OK")).args())
                .contains(ContentKind.ENDING, "OK");
    }

    @Test
    void a_misspelt_key_is_an_error_not_silently_ignored() {
        assertThat(TestModules.read(TestModules.with("    next: good", "    nxt: good")).problems())
                .extracting(ContentProblem::messageKey)
                .containsExactlyInAnyOrder("training.problem.unknown-key", "training.problem.missing");
        ModuleReader.Result result = TestModules.read(TestModules.with("    next: good", "    next: good\n        nxt: good"));
        assertThat(result.problems()).extracting(ContentProblem::messageKey).containsExactly("training.problem.unknown-key");
    }

    @Test
    void a_decision_needs_two_to_four_replies_and_effects_stay_within_five() {
        String oneReply = TestModules.VALID.replace("""
                      - text: {zh: 回复A2, en: Reply A2}
                        feedback: {zh: 反馈A2, en: Feedback A2}
                        effects: {EMPATHY: -2}
                        mood: ANGRY
                        next: bad
                """, "");
        List<ContentProblem> problems = TestModules.read(oneReply).problems();
        assertThat(problems).extracting(ContentProblem::messageKey)
                .containsExactly("training.problem.reply-count");
        assertThat(onlyProblem(TestModules.with("effects: {EMPATHY: -2}", "effects: {EMPATHY: -9}")).messageKey())
                .isEqualTo("training.problem.bad-number");
    }

    @Test
    void an_unknown_start_and_an_empty_file_are_reported() {
        assertThat(onlyProblem(TestModules.with("start: a", "start: z")).messageKey())
                .isEqualTo("training.problem.unknown-start");
        assertThat(onlyProblem("").messageKey()).isEqualTo("training.problem.empty");
        assertThat(onlyProblem("- just\n- a list\n").messageKey()).isEqualTo("training.problem.not-mapping");
    }

    @Test
    void the_complete_example_in_the_content_readme_is_a_valid_module() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("training-content", "README.md"));
        String example = readme.substring(readme.indexOf("```yaml\n") + 8, readme.indexOf("```", readme.indexOf("```yaml\n") + 8));
        ModuleReader.Result result = new ModuleReader(TestModules.VOCABULARY, "README.md").read(example, "hash");
        assertThat(result.problems()).isEmpty();
        assertThat(result.module().id()).isEqualTo("repair-delay-expectations");
    }
}
