package com.touchpoint.satisfaction;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows with one multi-row {@code INSERT … VALUES (…), (…), …} per {@link #ROWS_PER_STATEMENT} rows. A
 * JDBC batch of an upsert ({@code ON DUPLICATE KEY UPDATE}) is sent by MariaDB Connector/J 3 as one statement per
 * row (its bulk protocol takes plain inserts only, and {@code rewriteBatchedStatements} is gone), so the server
 * parsed and ran tens of thousands of statements for one delivery; a multi-row statement is parsed once for a
 * thousand rows (statements of 5,000 or 10,000 rows measured slower). The rows keep their order, so rows locked in
 * key order still lock in key order.
 */
final class MultiRowInsert {

    /**
     * Up to 16 columns a row, far below the 65,535 placeholders of a server-side prepared statement; a thousand
     * callbacks with 2,000-character comments make about 6 MB, within MariaDB's default 16 MB packets.
     */
    static final int ROWS_PER_STATEMENT = 1000;

    private MultiRowInsert() {
    }

    /**
     * Inserts the rows: {@code head} is {@code insert into t (a, b, …)}, {@code tail} what follows the values
     * (an {@code on duplicate key update …} clause, or empty). Every row has {@code columns} values.
     */
    static void insert(JdbcTemplate jdbc, String head, int columns, String tail, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        String full = null;
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql;
            if (chunk.size() == ROWS_PER_STATEMENT && full != null) {
                sql = full;
            } else {
                sql = head + " values " + String.join(", ", Collections.nCopies(chunk.size(), row)) + " " + tail;
                if (chunk.size() == ROWS_PER_STATEMENT) {
                    full = sql;
                }
            }
            jdbc.update(sql, ps -> {
                int i = 1;
                for (Object[] values : chunk) {
                    if (values.length != columns) {
                        throw new IllegalArgumentException("a row of " + values.length + " values for " + columns
                                + " columns");
                    }
                    for (Object value : values) {
                        set(ps, i++, value);
                    }
                }
            });
        }
    }

    private static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (value instanceof LocalDate d) {
            ps.setObject(index, d);
        } else if (value instanceof Date d) {
            // Connector/J formats a java.sql.Date with a new SimpleDateFormat for every value; a LocalDate is cheap
            ps.setObject(index, d.toLocalDate());
        } else if (value instanceof Timestamp t) {
            ps.setTimestamp(index, t);
        } else {
            ps.setObject(index, value);
        }
    }
}
