package com.touchpoint.training;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores of TRAINING.md on paths computed by hand (best sums: EMPATHY 3, EXPECTATION 3, COMMUNICATION 1). */
class ModuleScoringTests {

    private final TrainingModule module = TestModules.read(TestModules.VALID).module();

    private AttemptScore score(Choice... path) {
        return ModuleScoring.score(module, List.of(path));
    }

    @Test
    void the_good_path_scores_each_skill_against_its_best_sum() {
        AttemptScore score = score(new Choice("a", 0), new Choice("b", 0));
        // EMPATHY 2/3 = 66.67, EXPECTATION 3/3 = 100, COMMUNICATION 1/1 = 100; mean 88.89
        assertThat(score.skills()).containsEntry(Skill.EMPATHY, new BigDecimal("66.7"))
                .containsEntry(Skill.EXPECTATION, new BigDecimal("100.0"))
                .containsEntry(Skill.COMMUNICATION, new BigDecimal("100.0"))
                .hasSize(3);
        assertThat(score.total()).isEqualByComparingTo("88.9");
        assertThat(score.passed()).isTrue();
    }

    @Test
    void the_partial_path_fails() {
        AttemptScore score = score(new Choice("a", 0), new Choice("b", 1));
        // EMPATHY 3/3 = 100, EXPECTATION 0/3 = 0, COMMUNICATION 0/1 = 0; mean 33.33
        assertThat(score.skills()).containsEntry(Skill.EMPATHY, new BigDecimal("100.0"))
                .containsEntry(Skill.EXPECTATION, new BigDecimal("0.0"));
        assertThat(score.total()).isEqualByComparingTo("33.3");
        assertThat(score.passed()).isFalse();
    }

    @Test
    void negative_sums_are_floored_at_zero() {
        AttemptScore score = score(new Choice("a", 1));
        // EMPATHY -2/3 is floored to 0; the others were not touched on this path
        assertThat(score.skills()).containsEntry(Skill.EMPATHY, new BigDecimal("0.0"));
        assertThat(score.total()).isEqualByComparingTo("0.0");
        assertThat(score.passed()).isFalse();
    }

    @Test
    void exactly_seventy_passes() {
        // one skill with best sum 10: an attempt summing 7 is exactly 70
        TrainingModule seventy = TestModules.read(TestModules.VALID
                .replace("effects: {EMPATHY: 2, EXPECTATION: 1}", "effects: {EMPATHY: 5}")
                .replace("effects: {EXPECTATION: 2, COMMUNICATION: 1}", "effects: {EMPATHY: 2}")
                .replace("effects: {EXPECTATION: -1, EMPATHY: 1}", "effects: {EMPATHY: 5}")).module();
        assertThat(seventy.bestSums()).containsEntry(Skill.EMPATHY, 10);
        AttemptScore score = ModuleScoring.score(seventy, List.of(new Choice("a", 0), new Choice("b", 0)));
        assertThat(score.total()).isEqualByComparingTo("70.0");
        assertThat(score.passed()).isTrue();
    }

    @Test
    void the_better_reply_is_the_one_with_the_largest_effect_sum() {
        assertThat(module.step("a").betterReplyIndex()).isZero();
        assertThat(module.step("b").betterReplyIndex()).isZero();
    }
}
