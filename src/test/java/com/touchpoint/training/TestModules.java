package com.touchpoint.training;

import java.util.Set;

/** A small module whose scores are computed by hand in the tests, and variants of it broken on purpose. */
final class TestModules {

    static final ContentVocabulary VOCABULARY = new ContentVocabulary(
            Set.of("SHOP_SALES", "HOTLINE_AGENT", "FIELD_ENGINEER"), Set.of("ATTITUDE", "PROMISE", "RESOLUTION"));

    /**
     * Best sums: EMPATHY 3 (a1 then b2), EXPECTATION 3 (a1 then b1), COMMUNICATION 1 (a1 then b1).
     * Line numbers matter: tests name them.
     */
    static final String VALID = """
            id: test-module
            version: 1
            title: {zh: 测试模块, en: Test module}
            summary: {zh: 用于测试, en: For tests}
            moment: REPAIR
            posts: [FIELD_ENGINEER]
            trains: [PROMISE]
            minutes: 3
            start: a
            steps:
              a:
                mood: ANGRY
                customer: {zh: 客户A, en: Customer A}
                replies:
                  - text: {zh: 回复A1, en: Reply A1}
                    feedback: {zh: 反馈A1, en: Feedback A1}
                    effects: {EMPATHY: 2, EXPECTATION: 1}
                    mood: ANXIOUS
                    next: b
                  - text: {zh: 回复A2, en: Reply A2}
                    feedback: {zh: 反馈A2, en: Feedback A2}
                    effects: {EMPATHY: -2}
                    mood: ANGRY
                    next: bad
              b:
                mood: ANXIOUS
                customer: {zh: 客户B, en: Customer B}
                replies:
                  - text: {zh: 回复B1, en: Reply B1}
                    feedback: {zh: 反馈B1, en: Feedback B1}
                    effects: {EXPECTATION: 2, COMMUNICATION: 1}
                    mood: CALM
                    next: good
                  - text: {zh: 回复B2, en: Reply B2}
                    feedback: {zh: 反馈B2, en: Feedback B2}
                    effects: {EXPECTATION: -1, EMPATHY: 1}
                    mood: ANXIOUS
                    next: partial
              good:
                end: GOOD
                mood: PLEASED
                customer: {zh: 谢谢, en: Thanks}
                debrief: {zh: 很好, en: Well done}
              partial:
                end: PARTIAL
                debrief: {zh: 一般, en: So-so}
              bad:
                end: BAD
                debrief: {zh: 不好, en: Poor}
            """;

    /** Reply A2 leads into steps c and d, which only lead to each other: a loop with no way out. */
    static final String LOOP_TRAP = VALID.replace("next: bad", "next: c")
            .replace("  bad:\n    end: BAD\n    debrief: {zh: 不好, en: Poor}\n", "") + """
              c:
                mood: ANGRY
                customer: {zh: 客户C}
                replies:
                  - {text: {zh: C1}, feedback: {zh: 反馈}, mood: ANGRY, next: d}
                  - {text: {zh: C2}, feedback: {zh: 反馈}, mood: ANGRY, next: c}
              d:
                mood: ANGRY
                customer: {zh: 客户D}
                replies:
                  - {text: {zh: D1}, feedback: {zh: 反馈}, mood: ANGRY, next: c}
                  - {text: {zh: D2}, feedback: {zh: 反馈}, mood: ANGRY, next: d}
            """;

    private TestModules() {
    }

    /** The valid module with one exact piece of text replaced; fails loudly if the text is not there. */
    static String with(String original, String replacement) {
        if (!VALID.contains(original)) {
            throw new IllegalArgumentException("Not in the test module: " + original);
        }
        return VALID.replace(original, replacement);
    }

    static ModuleReader.Result read(String source) {
        return new ModuleReader(VOCABULARY, "test-module.yaml").read(source, "hash");
    }
}
