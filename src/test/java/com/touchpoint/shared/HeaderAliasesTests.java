package com.touchpoint.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderAliasesTests {

    private final HeaderAliases<String> aliases = new HeaderAliases<String>()
            .field("employeeNo", "工号", "employee no").field("name", "姓名", "name");

    @Test
    void headers_are_recognised_whatever_their_case_and_surrounding_spaces() {
        assertThat(aliases.fieldOf(" Employee No ")).contains("employeeNo");
        assertThat(aliases.fieldOf("\u3000工号\u3000")).contains("employeeNo");
        assertThat(aliases.fieldOf("phone")).isEmpty();
    }

    @Test
    void the_first_column_of_a_field_wins_and_unknown_columns_are_left_out() {
        assertThat(aliases.columns(List.of("电话", "NAME", "工号", "姓名")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("name", 1, "employeeNo", 2));
    }

    @Test
    void a_header_without_a_required_field_is_refused_naming_every_missing_one() {
        var columns = aliases.columns(List.of("电话"));
        assertThatThrownBy(() -> HeaderAliases.requireAll(columns, List.of("employeeNo", "name"), f -> "«" + f + "»"))
                .isInstanceOfSatisfying(TouchpointException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.header.missing");
                    assertThat(e.arguments()).containsExactly("«employeeNo», «name»");
                });
    }
}
