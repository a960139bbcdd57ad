package com.touchpoint.emotion;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who shares their check-ins with their supervisor; a missing row means not shared. */
@Repository
class ConsentStore {

    private final JdbcTemplate jdbc;

    ConsentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean shares(long staffId) {
        return Boolean.TRUE.equals(jdbc.query("SELECT shared FROM emotion_consent WHERE staff_id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, staffId));
    }

    Set<Long> sharing(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(staffIds.size(), "?"));
        List<Long> ids = jdbc.queryForList("SELECT staff_id FROM emotion_consent WHERE shared = TRUE AND staff_id IN ("
                + marks + ")", Long.class, staffIds.toArray());
        return new HashSet<>(ids);
    }

    void set(long staffId, boolean shared, Instant when) {
        int updated = jdbc.update("UPDATE emotion_consent SET shared = ?, changed_at = ? WHERE staff_id = ?",
                shared, Timestamp.from(when), staffId);
        if (updated == 0) {
            jdbc.update("INSERT INTO emotion_consent (staff_id, shared, changed_at) VALUES (?, ?, ?)",
                    staffId, shared, Timestamp.from(when));
        }
    }
}
