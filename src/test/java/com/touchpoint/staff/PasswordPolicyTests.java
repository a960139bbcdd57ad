package com.touchpoint.staff;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void a_long_unusual_password_is_accepted() {
        assertThat(policy.problemWith("Correct#Horse1", "li.na")).isEmpty();
    }

    @Test
    void passwords_shorter_than_eight_characters_are_refused() {
        assertThat(policy.problemWith("Ab#1234", "li.na")).contains("user.password.too-short");
        assertThat(policy.problemWith("", "li.na")).contains("user.password.too-short");
        assertThat(policy.problemWith(null, "li.na")).contains("user.password.too-short");
    }

    @Test
    void length_counts_characters_not_bytes() {
        assertThat(policy.problemWith("春眠不觉晓处处", "li.na")).contains("user.password.too-short");
        assertThat(policy.problemWith("春眠不觉晓处处闻啼", "li.na")).isEmpty();
        assertThat(policy.problemWith("😀😀😀😀😀😀😀", "li.na")).contains("user.password.too-short");
    }

    @Test
    void sixty_four_chinese_characters_and_a_hundred_ascii_characters_are_accepted() {
        assertThat(policy.problemWith("春眠不觉晓处处闻啼鸟".repeat(7).substring(0, 64), "li.na")).isEmpty();
        assertThat(policy.problemWith("Tq7#vLm2".repeat(13).substring(0, 100), "li.na")).isEmpty();
        assertThat(policy.problemWith("x".repeat(PasswordPolicy.MAX_LENGTH - 1) + "Y", "li.na")).isEmpty();
    }

    @Test
    void passwords_over_the_maximum_are_refused() {
        assertThat(policy.problemWith("Tq7#vLm2".repeat(17), "li.na")).contains("user.password.too-long");
    }

    @Test
    void a_password_of_only_spaces_is_refused() {
        assertThat(policy.problemWith("          ", "li.na")).contains("user.password.blank");
        assertThat(policy.problemWith("\t \u3000   \n   ", "li.na")).contains("user.password.blank");
    }

    @Test
    void the_username_or_a_password_containing_it_is_refused_whatever_the_case() {
        assertThat(policy.problemWith("wang.wei", "wang.wei")).contains("user.password.contains-username");
        assertThat(policy.problemWith("WANG.WEI", "wang.wei")).contains("user.password.contains-username");
        assertThat(policy.problemWith("My#Wang.Wei2026", "wang.wei")).contains("user.password.contains-username");
        assertThat(policy.problemWith("My#Wang.Wei2026", "zhao.lei")).isEmpty();
    }

    @Test
    void common_passwords_are_refused_whatever_the_case() {
        assertThat(policy.problemWith("password", "li.na")).contains("user.password.common");
        assertThat(policy.problemWith("PassWord", "li.na")).contains("user.password.common");
        assertThat(policy.problemWith("12345678", "li.na")).contains("user.password.common");
        assertThat(policy.problemWith("Trustno1", "li.na")).contains("user.password.common");
    }

    @Test
    void common_chinese_patterns_are_refused() {
        for (String common : new String[] {"woaini1314", "a5201314", "qq123456", "1qaz2wsx", "aini1314", "a123456789",
                "88888888", "WoAiNi1314"}) {
            Optional<String> problem = policy.problemWith(common, "li.na");
            assertThat(problem).as(common).isPresent();
        }
        assertThat(policy.problemWith("woaini1314", "li.na")).contains("user.password.common");
    }

    @Test
    void a_given_list_is_compared_ignoring_case() {
        assertThat(new PasswordPolicy(Set.of("Secret#2026")).problemWith("sECRET#2026", "li.na"))
                .contains("user.password.common");
        assertThat(new PasswordPolicy(Set.of()).problemWith("woaini1314", "li.na")).isEmpty();
    }
}
