package com.touchpoint.satisfaction;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists one staff member's own callbacks, newest service first, a page at a time. */
@Service
public class CallbackQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final com.touchpoint.staff.StaffDirectory directory;

    CallbackQueries(JdbcTemplate jdbc, com.touchpoint.staff.StaffDirectory directory) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<CallbackSummary> forStaff(long staffId, CallbackFilter filter, int offset, int limit) {
        var params = params(staffId, filter).addValue("offset", offset).addValue("limit", limit);
        return query(where(filter) + " order by c.service_date desc, c.id desc limit :limit offset :offset", params);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public int countForStaff(long staffId, CallbackFilter filter) {
        Integer count = jdbc.queryForObject("select count(*) from satisfaction_callback c where " + where(filter),
                params(staffId, filter), Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * A staff member's callbacks with a service date in the range that answered the item below its satisfied
     * threshold, newest first: the callbacks and comments behind a weak item.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<CallbackSummary> lowAnswersBetween(long staffId, String itemCode, java.time.LocalDate from,
                                                   java.time.LocalDate to, int limit) {
        var params = new MapSqlParameterSource("staff", staffId).addValue("item", itemCode)
                .addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)).addValue("limit", limit);
        return query("c.staff_id = :staff and c.service_date between :from and :to"
                + " and exists (select 1 from satisfaction_answer a where a.callback_id = c.id"
                + " and a.item_code = :item and a.satisfied = false)"
                + " order by c.service_date desc, c.id desc limit :limit", params);
    }

    /**
     * A staff member's latest callbacks that carry a customer comment, newest service first: read along the
     * (staff, service date) index, so it stops after {@code limit} rows whatever the history.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<CallbackSummary> latestComments(long staffId, int limit) {
        return query("c.staff_id = :staff and c.comment_text is not null and c.comment_text <> ''"
                + " order by c.service_date desc, c.id desc limit :limit",
                new MapSqlParameterSource("staff", staffId).addValue("limit", limit));
    }

    /** How many of a staff member's callbacks with a service date in the range were complaints. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public int complaintsBetween(long staffId, java.time.LocalDate from, java.time.LocalDate to) {
        Integer count = jdbc.queryForObject("select count(*) from satisfaction_callback c where c.staff_id = :staff"
                + " and c.complaint = true and c.service_date between :from and :to",
                new MapSqlParameterSource("staff", staffId).addValue("from", Date.valueOf(from))
                        .addValue("to", Date.valueOf(to)), Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * Per active member of a team, how many of their callbacks with a service date in the range were complaints, in
     * one query; members without a complaint are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeTeam(#teamId)")
    public Map<Long, Integer> complaintCountsOfTeam(long teamId, java.time.LocalDate from, java.time.LocalDate to) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> members = directory.activeIdsInTeam(teamId);
        if (members.isEmpty()) {
            return counts;
        }
        jdbc.query("select staff_id, count(*) from satisfaction_callback where staff_id in (:staff)"
                        + " and complaint = true and service_date between :from and :to group by staff_id",
                new MapSqlParameterSource("staff", members).addValue("from", Date.valueOf(from))
                        .addValue("to", Date.valueOf(to)),
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** The callbacks matching a where clause (and its order and limit), with their answers. */
    private List<CallbackSummary> query(String whereOrderLimit, MapSqlParameterSource params) {
        List<CallbackSummary> rows = jdbc.query("select c.id, c.external_id, c.service_date, c.callback_date, "
                + "c.service_type, c.channel, c.customer_segment, c.status, c.complaint, c.comment_text, c.praise_marked "
                + "from satisfaction_callback c where " + whereOrderLimit, params, (rs, i) ->
                new CallbackSummary(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), ServiceType.valueOf(rs.getString(5)),
                        Channel.valueOf(rs.getString(6)), CustomerSegment.valueOf(rs.getString(7)),
                        CallbackStatus.valueOf(rs.getString(8)), rs.getBoolean(9), rs.getString(10),
                        new LinkedHashMap<>(), rs.getBoolean(11)));
        if (!rows.isEmpty()) {
            Map<Long, CallbackSummary> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.id(), r));
            jdbc.query("select callback_id, item_code, answer from satisfaction_answer where callback_id in (:ids)",
                    new MapSqlParameterSource("ids", new ArrayList<>(byId.keySet())),
                    rs -> {
                        byId.get(rs.getLong(1)).answers().put(rs.getString(2), rs.getInt(3));
                    });
        }
        return rows;
    }

    /**
     * Per staff member, the callbacks with a service date in the month flagged as a complaint, for those who see
     * everyone and for an incentive run. Staff without a complaint are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsEveryonesFigures()")
    public Map<Long, Integer> complaintCounts(java.time.YearMonth month) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select staff_id, count(*) from satisfaction_callback where service_date between :from and :to"
                        + " and complaint = true group by staff_id",
                new MapSqlParameterSource("from", Date.valueOf(month.atDay(1)))
                        .addValue("to", Date.valueOf(month.atEndOfMonth())),
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    private static String where(CallbackFilter filter) {
        StringBuilder where = new StringBuilder("c.staff_id = :staff");
        if (filter.month() != null) {
            where.append(" and c.service_date between :from and :to");
        }
        if (filter.serviceType() != null) {
            where.append(" and c.service_type = :type");
        }
        if (filter.lowItem() != null) {
            where.append(" and exists (select 1 from satisfaction_answer a where a.callback_id = c.id"
                    + " and a.item_code = :item and a.satisfied = false)");
        }
        return where.toString();
    }

    private static MapSqlParameterSource params(long staffId, CallbackFilter filter) {
        var params = new MapSqlParameterSource("staff", staffId);
        if (filter.month() != null) {
            params.addValue("from", Date.valueOf(filter.month().atDay(1)))
                    .addValue("to", Date.valueOf(filter.month().atEndOfMonth()));
        }
        if (filter.serviceType() != null) {
            params.addValue("type", filter.serviceType().name());
        }
        if (filter.lowItem() != null) {
            params.addValue("item", filter.lowItem());
        }
        return params;
    }
}
