package com.touchpoint.recognition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Monthly allowances, one row per giver and month. Giving locks the giver's row first, so that two kudos
 * from the same giver at the same moment are decided one after the other against committed figures.
 */
@Repository
class AllowanceStore {

    /** The giver's allowance as locked for this transaction. */
    record Allowance(int granted, int spent, LocalDate lastGivenOn, int givenThatDay) {

        int remaining() {
            return granted - spent;
        }

        int givenOn(LocalDate day) {
            return day.equals(lastGivenOn) ? givenThatDay : 0;
        }
    }

    private final JdbcTemplate jdbc;

    AllowanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the month's row if needed and locks it until the transaction ends. */
    Allowance lock(long staffId, YearMonth month, int granted) {
        jdbc.update("""
                INSERT INTO recognition_allowance (staff_id, allowance_month, granted, spent, given_that_day)
                VALUES (?, ?, ?, 0, 0)
                ON DUPLICATE KEY UPDATE staff_id = staff_id""", staffId, month.toString(), granted);
        return jdbc.queryForObject("""
                SELECT granted, spent, last_given_on, given_that_day FROM recognition_allowance
                WHERE staff_id = ? AND allowance_month = ? FOR UPDATE""",
                (rs, i) -> new Allowance(rs.getInt(1), rs.getInt(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getInt(4)),
                staffId, month.toString());
    }

    /** Without locking or creating: the default allowance when the giver has not given this month. */
    Allowance peek(long staffId, YearMonth month, int granted) {
        return jdbc.query("""
                SELECT granted, spent, last_given_on, given_that_day FROM recognition_allowance
                WHERE staff_id = ? AND allowance_month = ?""",
                (rs, i) -> new Allowance(rs.getInt(1), rs.getInt(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getInt(4)),
                staffId, month.toString()).stream().findFirst().orElse(new Allowance(granted, 0, null, 0));
    }

    void spend(long staffId, YearMonth month, int points, LocalDate day, int givenThatDay) {
        jdbc.update("UPDATE recognition_allowance SET spent = spent + ?, last_given_on = ?, given_that_day = ? "
                + "WHERE staff_id = ? AND allowance_month = ?", points, Date.valueOf(day), givenThatDay, staffId, month.toString());
    }

    void refund(long staffId, YearMonth month, int points) {
        jdbc.update("UPDATE recognition_allowance SET spent = spent - ? WHERE staff_id = ? AND allowance_month = ?",
                points, staffId, month.toString());
    }
}
