package com.touchpoint.satisfaction;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Customer praise (客户表扬) found in the callbacks: a completed callback whose overall answer is the top of
 * its scale and that carries a comment, or one the quality team marked as praise. It counts towards
 * badges and shows on recognition pages; it never gives points.
 */
@Service
public class CustomerPraise {

    private static final String PRAISE = """
            c.status = 'COMPLETED' AND (c.praise_marked = TRUE OR (c.comment_text IS NOT NULL AND c.comment_text <> ''
              AND EXISTS (SELECT 1 FROM satisfaction_answer a JOIN satisfaction_item i
                            ON i.questionnaire_id = c.questionnaire_id AND i.code = a.item_code AND i.overall = TRUE
                          WHERE a.callback_id = c.id
                            AND a.answer = CASE i.scale WHEN 'TEN_POINT' THEN 10 WHEN 'FIVE_POINT' THEN 5 ELSE 1 END)))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    CustomerPraise(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.audit = audit;
    }

    /** The newest praise of some staff members, up to {@code limit}, newest callback first. */
    @Transactional(readOnly = true)
    public List<PraiseCallback> newestOf(Collection<Long> staffIds, int limit) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT c.id, c.staff_id, c.service_date, c.callback_date, c.service_type, c.comment_text, "
                + "c.praise_marked FROM satisfaction_callback c WHERE c.staff_id IN (:staff) AND " + PRAISE
                + " ORDER BY c.callback_date DESC, c.id DESC LIMIT :limit",
                new MapSqlParameterSource("staff", staffIds).addValue("limit", limit), (rs, i) -> row(rs));
    }

    /** Praise of one staff member with callback dates in a range. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<PraiseCallback> ofStaff(long staffId, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT c.id, c.staff_id, c.service_date, c.callback_date, c.service_type, c.comment_text, "
                + "c.praise_marked FROM satisfaction_callback c WHERE c.staff_id = :staff "
                + "AND c.callback_date BETWEEN :from AND :to AND " + PRAISE + " ORDER BY c.callback_date DESC, c.id DESC",
                new MapSqlParameterSource("staff", staffId).addValue("from", Date.valueOf(from))
                        .addValue("to", Date.valueOf(to)), (rs, i) -> row(rs));
    }

    /** How many praise callbacks each staff member received in a range (for badges). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countsBetween(LocalDate from, LocalDate to) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.query("SELECT c.staff_id, COUNT(*) FROM satisfaction_callback c WHERE c.callback_date BETWEEN :from AND :to AND "
                        + PRAISE + " GROUP BY c.staff_id",
                new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)),
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** The quality team marks (or unmarks) a completed callback as praise. */
    @Transactional
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public void mark(long callbackId, boolean praise) {
        int updated = jdbc.update("UPDATE satisfaction_callback SET praise_marked = :praise WHERE id = :id AND status = 'COMPLETED'",
                new MapSqlParameterSource("praise", praise).addValue("id", callbackId));
        if (updated == 0) {
            throw new NotFoundException("callback.not-found", callbackId);
        }
        audit.record(praise ? "callback.praise.mark" : "callback.praise.unmark", "Callback", String.valueOf(callbackId),
                null, Map.of("praiseMarked", praise));
    }

    private static PraiseCallback row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PraiseCallback(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                ServiceType.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7));
    }
}
