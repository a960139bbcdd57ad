package com.touchpoint.recognition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.Set;

/** Who opted out of appearing on public leaderboards. */
@Repository
class LeaderboardPreferences {

    private final JdbcTemplate jdbc;

    LeaderboardPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> optedOut() {
        return new HashSet<>(jdbc.queryForList(
                "SELECT staff_id FROM recognition_preference WHERE leaderboard_opt_out = TRUE", Long.class));
    }

    boolean isOptedOut(long staffId) {
        return optedOut().contains(staffId);
    }

    void set(long staffId, boolean optOut) {
        jdbc.update("""
                INSERT INTO recognition_preference (staff_id, leaderboard_opt_out) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE leaderboard_opt_out = VALUES(leaderboard_opt_out)""", staffId, optOut);
    }
}
