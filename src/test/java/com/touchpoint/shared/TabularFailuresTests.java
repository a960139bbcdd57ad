package com.touchpoint.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularFailuresTests {

    @TempDir
    Path dir;

    @Test
    void both_readers_turn_a_zip_bomb_into_the_one_message_naming_the_file() throws IOException {
        byte[] bomb = BadWorkbooks.zipBomb("工号", "姓名");
        assertThatThrownBy(() -> TabularFiles.read("bomb.xlsx", bomb)).isInstanceOfSatisfying(TouchpointException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.arguments()).containsExactly("bomb.xlsx"))
                .hasFieldOrPropertyWithValue("messageKey", "import.file.unreadable");
        Path file = Files.write(dir.resolve("upload.tmp"), bomb);
        assertThatThrownBy(() -> TabularFiles.read("bomb.xlsx", file, new TabularFiles.RowHandler() {
            @Override
            public void header(java.util.List<String> headers) {
            }

            @Override
            public void row(TabularRow row) {
            }
        })).isInstanceOfSatisfying(TouchpointException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.arguments()).containsExactly("bomb.xlsx"));
    }
}
