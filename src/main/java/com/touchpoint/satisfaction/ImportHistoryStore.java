package com.touchpoint.satisfaction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rows of the import history. */
@Repository
class ImportHistoryStore {

    private static final String SELECT = "select id, file_name, imported_by, started_at, finished_at, status, "
            + "total_rows, accepted, duplicates, rejected, error_file, message, coalesce(heartbeat_at, started_at) "
            + "from satisfaction_import ";

    private final JdbcTemplate jdbc;

    ImportHistoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(String fileName, String user, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("insert into satisfaction_import (file_name, imported_by, "
                    + "started_at, status, total_rows, accepted, duplicates, rejected) values (?, ?, ?, ?, 0, 0, 0, 0)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
            ps.setString(2, user);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setString(4, CallbackImportSummary.RUNNING);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * Records the outcome of a running import and says whether it did: an import already finished keeps the outcome
     * it has.
     */
    boolean finish(long id, Instant at, String status, int total, int accepted, int duplicates, int rejected,
                   String errorFile, String message) {
        return 1 == jdbc.update("update satisfaction_import set finished_at = ?, status = ?, total_rows = ?, "
                + "accepted = ?, duplicates = ?, rejected = ?, error_file = ?, message = ? where id = ? and status = ?",
                Timestamp.from(at), status, total, accepted, duplicates, rejected, errorFile,
                message == null || message.length() <= 1000 ? message : message.substring(0, 1000), id,
                CallbackImportSummary.RUNNING);
    }

    /** The import is still alive at {@code at}. */
    void beat(long id, Instant at) {
        jdbc.update("update satisfaction_import set heartbeat_at = ? where id = ? and status = ?", Timestamp.from(at),
                id, CallbackImportSummary.RUNNING);
    }

    /**
     * The latest imports, newest first; a running import whose last sign of life (its heartbeat, or its start before
     * the first one) is older than {@code staleBefore} is reported as {@link CallbackImportSummary#INTERRUPTED}.
     */
    List<CallbackImportSummary> latest(int limit, Instant staleBefore) {
        return jdbc.query(SELECT + "order by started_at desc, id desc limit ?", summary(staleBefore), limit);
    }

    Optional<CallbackImportSummary> find(long id, Instant staleBefore) {
        return jdbc.query(SELECT + "where id = ?", summary(staleBefore), id).stream().findFirst();
    }

    private static RowMapper<CallbackImportSummary> summary(Instant staleBefore) {
        return (rs, i) -> {
            String status = rs.getString(6);
            if (CallbackImportSummary.RUNNING.equals(status) && rs.getTimestamp(13).toInstant().isBefore(staleBefore)) {
                status = CallbackImportSummary.INTERRUPTED;
            }
            return new CallbackImportSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                    status, rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getString(11) != null,
                    rs.getString(12));
        };
    }

    Optional<String> errorFile(long id) {
        return jdbc.query("select error_file from satisfaction_import where id = ?",
                (rs, i) -> rs.getString(1), id).stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
