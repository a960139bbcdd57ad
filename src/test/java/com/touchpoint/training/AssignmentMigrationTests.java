package com.touchpoint.training;

import com.touchpoint.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V12 reopens the assignments that a failed attempt closed under the old rule, on MariaDB and on the
 * embedded H2, starting from data written by the V11 schema.
 */
class AssignmentMigrationTests {

    private static final Instant ASSIGNED = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void on_mariadb_assignments_closed_by_a_failed_attempt_are_reopened() {
        String name = "touchpoint_v12_" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String server = TestDatabase.url().substring(0, TestDatabase.url().lastIndexOf('/') + 1);
        try (var admin = new SingleConnectionDataSource(server, TestDatabase.USER, TestDatabase.PASSWORD, true)) {
            new JdbcTemplate(admin).execute("CREATE DATABASE " + name);
            try (var db = new SingleConnectionDataSource(server + name, TestDatabase.USER, TestDatabase.PASSWORD, true)) {
                migrateOldDataAndCheck(db, "mariadb", "SET FOREIGN_KEY_CHECKS = 0");
            } finally {
                new JdbcTemplate(admin).execute("DROP DATABASE " + name);
            }
        }
    }

    @Test
    void on_h2_assignments_closed_by_a_failed_attempt_are_reopened() {
        String url = "jdbc:h2:mem:v12_" + ThreadLocalRandom.current().nextInt(100000, 999999)
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE";
        try (var db = new SingleConnectionDataSource(url, "sa", "", true)) {
            migrateOldDataAndCheck(db, "h2", "SET REFERENTIAL_INTEGRITY FALSE");
        }
    }

    private void migrateOldDataAndCheck(SingleConnectionDataSource db, String vendor, String noForeignKeys) {
        migrate(db, vendor, "11");
        var jdbc = new JdbcTemplate(db);
        jdbc.execute(noForeignKeys);
        attempt(jdbc, 1, 7, "m1", "2026-03-02T02:00:00Z", false, "45.0");
        attempt(jdbc, 2, 7, "m1", "2026-03-03T02:00:00Z", true, "82.5");
        attempt(jdbc, 3, 8, "m1", "2026-03-02T02:00:00Z", false, "30.0");
        attempt(jdbc, 4, 9, "m1", "2026-03-02T02:00:00Z", true, "90.0");
        attempt(jdbc, 5, 8, "m2", "2026-02-20T02:00:00Z", true, "95.0");
        assignment(jdbc, 11, 7, "m1", 1L, "2026-03-02T02:00:00Z");
        assignment(jdbc, 12, 8, "m1", 3L, "2026-03-02T02:00:00Z");
        assignment(jdbc, 13, 9, "m1", 4L, "2026-03-02T02:00:00Z");
        assignment(jdbc, 14, 8, "m2", null, null);

        migrate(db, vendor, "12");

        assertThat(row(jdbc, 11)).as("failed, then passed later: completed by the pass, the fail kept")
                .containsEntry("completed_attempt_id", 2L).containsEntry("failed_attempt_id", 1L)
                .containsEntry("failed_score", new BigDecimal("45.0"))
                .containsEntry("completed_at", Timestamp.from(Instant.parse("2026-03-03T02:00:00Z")));
        assertThat(row(jdbc, 12)).as("failed and never passed: open again, attempted not passed")
                .containsEntry("completed_attempt_id", null).containsEntry("completed_at", null)
                .containsEntry("failed_attempt_id", 3L).containsEntry("failed_score", new BigDecimal("30.0"));
        assertThat(row(jdbc, 13)).as("passed: unchanged")
                .containsEntry("completed_attempt_id", 4L).containsEntry("failed_attempt_id", null);
        assertThat(row(jdbc, 14)).as("open, a pass before it was assigned does not count")
                .containsEntry("completed_attempt_id", null).containsEntry("failed_attempt_id", null);
    }

    private static void attempt(JdbcTemplate jdbc, long id, long staffId, String module, String finished, boolean passed,
                                String score) {
        Timestamp end = Timestamp.from(Instant.parse(finished));
        jdbc.update("INSERT INTO training_attempt (id, staff_id, module_id, module_version, content_hash, title_zh, "
                        + "started_at, finished_at, completed, total_score, passed) VALUES (?, ?, ?, 1, 'h', 't', ?, ?, TRUE, ?, ?)",
                id, staffId, module, end, end, new BigDecimal(score), passed);
    }

    private static void assignment(JdbcTemplate jdbc, long id, long staffId, String module, Long attemptId,
                                   String completed) {
        jdbc.update("INSERT INTO training_assignment (id, staff_id, module_id, due_date, assigned_by, assigned_at, "
                        + "completed_at, completed_attempt_id) VALUES (?, ?, ?, DATE '2026-03-10', 'sup', ?, ?, ?)",
                id, staffId, module, Timestamp.from(ASSIGNED),
                completed == null ? null : Timestamp.from(Instant.parse(completed)), attemptId);
    }

    private static Map<String, Object> row(JdbcTemplate jdbc, long id) {
        Map<String, Object> row = jdbc.queryForMap("SELECT completed_attempt_id, completed_at, failed_attempt_id, "
                + "failed_score FROM training_assignment WHERE id = ?", id);
        var normalised = new java.util.HashMap<String, Object>();
        row.forEach((key, value) -> normalised.put(key.toLowerCase(java.util.Locale.ROOT),
                value instanceof Number n && !(value instanceof BigDecimal) ? (Object) n.longValue() : value));
        return normalised;
    }

    /** Flyway on the test's one connection, so the session setting that switches off foreign keys holds. */
    private static void migrate(SingleConnectionDataSource db, String vendor, String target) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target(target).load().migrate();
    }
}
