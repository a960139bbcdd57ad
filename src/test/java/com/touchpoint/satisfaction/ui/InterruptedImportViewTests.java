package com.touchpoint.satisfaction.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.MutableClock;
import com.touchpoint.satisfaction.CallbackImportSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** An import cut off before it could record its outcome is shown as interrupted, with what to do, in both languages. */
class InterruptedImportViewTests extends KaribuTest {

    /** Far beyond the heartbeat limit (two minutes by default). */
    private static final Duration LATER = Duration.ofHours(1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    long importId;

    /** A running import that stopped beating when its node died: the newest row of the history. */
    @BeforeEach
    void anImportCutOffAnHourAgo() {
        Instant started = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into satisfaction_import (file_name, imported_by, started_at, "
                    + "heartbeat_at, status, total_rows, accepted, duplicates, rejected) values (?, ?, ?, ?, ?, 0, 0, 0, 0)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, "cut-off.xlsx");
            ps.setString(2, "quality1");
            ps.setTimestamp(3, Timestamp.from(started));
            ps.setTimestamp(4, Timestamp.from(started));
            ps.setString(5, CallbackImportSummary.RUNNING);
            return ps;
        }, keys);
        importId = keys.getKey().longValue();
        clock.set(started.plus(LATER));
    }

    @AfterEach
    void removeIt() {
        clock.reset();
        jdbc.update("delete from satisfaction_import where id = ?", importId);
    }

    @SuppressWarnings("unchecked")
    private List<String> historyRow(String gridId) {
        Grid<CallbackImportSummary> grid = _get(Grid.class, spec -> spec.withId(gridId));
        List<CallbackImportSummary> shown = _findAll(grid);
        int row = shown.stream().map(CallbackImportSummary::id).toList().indexOf(importId);
        assertThat(row).as("the cut-off import is listed").isNotNegative();
        assertThat(shown.get(row).status()).isEqualTo(CallbackImportSummary.INTERRUPTED);
        return _getFormattedRow(grid, row);
    }

    @Test
    void the_import_page_says_in_chinese_that_nothing_was_stored_and_to_import_again() {
        login("quality1", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("quality/imports");
        assertThat(historyRow("callback-import-history")).contains("cut-off.xlsx", "已中断（未保存）",
                "导入未完成就中断了（服务器或数据库停止运行），此文件的数据均未保存。请重新导入该文件。");
    }

    @Test
    void the_import_page_says_in_english_that_nothing_was_stored_and_to_import_again() {
        login("quality1", Locale.ENGLISH);
        UI.getCurrent().navigate("quality/imports");
        assertThat(historyRow("callback-import-history")).contains("cut-off.xlsx", "Interrupted (nothing stored)",
                "The import stopped before it finished (its server or the database went away), so nothing of this "
                        + "file was stored. Import the file again.");
    }

    @Test
    void the_quality_home_shows_the_import_as_interrupted_in_both_languages() {
        login("quality1", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("");
        assertThat(historyRow("quality-imports")).contains("cut-off.xlsx", "已中断（未保存）");

        login("quality1", Locale.ENGLISH);
        UI.getCurrent().navigate("");
        assertThat(historyRow("quality-imports")).contains("cut-off.xlsx", "Interrupted (nothing stored)");
    }
}
