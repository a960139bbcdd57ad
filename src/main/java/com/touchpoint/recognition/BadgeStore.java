package com.touchpoint.recognition;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** Badges and the record that a month's badges were awarded, which makes the monthly job run once per month. */
@Repository
class BadgeStore {

    private final JdbcTemplate jdbc;

    BadgeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this call claimed the month; false when it was already awarded (or is being awarded elsewhere). */
    boolean claim(YearMonth month, String by, Instant when) {
        try {
            jdbc.update("INSERT INTO recognition_badge_run (badge_month, ran_at, ran_by) VALUES (?, ?, ?)",
                    month.toString(), Timestamp.from(when), by);
            return true;
        } catch (DuplicateKeyException alreadyAwarded) {
            return false;
        }
    }

    void save(Badge badge, Instant when) {
        jdbc.update("INSERT INTO recognition_badge (staff_id, badge_month, kind, post_code, figure, previous, sample_size, awarded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", badge.staffId(), badge.month(), badge.kind().name(),
                badge.postCode(), badge.figure(), badge.previous(), badge.sampleSize(), Timestamp.from(when));
    }

    List<Badge> ofStaff(long staffId) {
        return jdbc.query("SELECT staff_id, badge_month, kind, post_code, figure, previous, sample_size FROM recognition_badge "
                + "WHERE staff_id = ? ORDER BY badge_month DESC, kind", (rs, i) -> row(rs), staffId);
    }

    List<Badge> ofMonth(YearMonth month) {
        return jdbc.query("SELECT staff_id, badge_month, kind, post_code, figure, previous, sample_size FROM recognition_badge "
                + "WHERE badge_month = ? ORDER BY kind, post_code, staff_id", (rs, i) -> row(rs), month.toString());
    }

    private static Badge row(java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal previous = rs.getBigDecimal(6);
        int sample = rs.getInt(7);
        return new Badge(rs.getLong(1), "", rs.getString(2), BadgeKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getBigDecimal(5), previous, rs.wasNull() ? null : sample);
    }
}
