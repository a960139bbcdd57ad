package com.touchpoint.satisfaction;

import com.touchpoint.QueryCounter;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Multi-row inserts on MariaDB: every row and value arrives, a thousand rows to a statement, upserts add up. */
@TouchpointTest
class MultiRowInsertTests {

    static final String HEAD = "insert into multi_row_probe (id, label, day, amount)";
    static final String ADD = "on duplicate key update amount = amount + values(amount)";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void table() {
        jdbc.execute("create table multi_row_probe (id bigint primary key, label varchar(20) null, day date not null, "
                + "amount int not null)");
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop table multi_row_probe");
    }

    private static List<Object[]> rows(int count, int amount) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new Object[] {(long) i, i % 7 == 0 ? null : "row " + i, LocalDate.of(2026, 1, 1).plusDays(i % 300),
                    amount});
        }
        return rows;
    }

    @Test
    void every_row_arrives_with_its_values_a_thousand_rows_to_a_statement() {
        int statements = QueryCounter.onThisThread(() -> MultiRowInsert.insert(jdbc, HEAD, 4, "", rows(2_501, 3)));

        assertThat(statements).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from multi_row_probe", Long.class)).isEqualTo(2_501);
        assertThat(jdbc.queryForObject("select count(*) from multi_row_probe where label is null", Long.class))
                .isEqualTo(357);
        Map<String, Object> row = jdbc.queryForMap("select label, day, amount from multi_row_probe where id = 1002");
        assertThat(row.get("label")).isEqualTo("row 1002");
        assertThat(((Date) row.get("day")).toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 1).plusDays(1002 % 300));
        assertThat(row.get("amount")).isEqualTo(3);
    }

    @Test
    void an_upsert_adds_to_the_rows_that_exist_and_inserts_the_others() {
        MultiRowInsert.insert(jdbc, HEAD, 4, ADD, rows(1_200, 2));
        List<Object[]> again = new ArrayList<>(rows(1_500, 5));
        again.add(new Object[] {9_999L, "sql date", Date.valueOf(LocalDate.of(2026, 10, 3)), 1});

        MultiRowInsert.insert(jdbc, HEAD, 4, ADD, again);

        assertThat(jdbc.queryForObject("select amount from multi_row_probe where id = 1200", Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select amount from multi_row_probe where id = 1201", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select day from multi_row_probe where id = 9999", LocalDate.class))
                .isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(jdbc.queryForObject("select sum(amount) from multi_row_probe", Long.class))
                .isEqualTo(1_200 * 2 + 1_500 * 5 + 1);
    }

    @Test
    void a_row_with_the_wrong_number_of_values_is_refused() {
        List<Object[]> rows = rows(3, 1);
        rows.set(1, new Object[] {2L, "short"});

        assertThatThrownBy(() -> MultiRowInsert.insert(jdbc, HEAD, 4, "", rows))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
