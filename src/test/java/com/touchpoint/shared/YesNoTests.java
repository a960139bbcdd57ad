package com.touchpoint.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class YesNoTests {

    @ParameterizedTest
    @ValueSource(strings = {"是", "有", "在职", "y", "Y", "yes", "YES", "true", "TRUE", "1", " 是 "})
    void yes_in_either_language_is_true(String word) {
        assertThat(YesNo.parse(word)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "无", "没有", "离职", "n", "No", "false", "FALSE", "0"})
    void no_in_either_language_is_false(String word) {
        assertThat(YesNo.parse(word)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "maybe", "2", "是的吧"})
    void blank_or_unknown_words_are_neither(String word) {
        assertThat(YesNo.parse(word)).isEmpty();
        assertThat(YesNo.parse(null)).isEmpty();
    }
}
