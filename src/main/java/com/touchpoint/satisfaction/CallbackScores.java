package com.touchpoint.satisfaction;

import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Callback scores one callback at a time, for figures that pair callbacks with days (emotional contagion). Read by
 * the same rule as the indicators: whoever may read the staff member's (or the team's) indicators.
 */
@Service
public class CallbackScores {

    private final NamedParameterJdbcTemplate jdbc;
    private final Questionnaires questionnaires;
    private final StaffDirectory directory;

    CallbackScores(JdbcTemplate jdbc, Questionnaires questionnaires, StaffDirectory directory) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.questionnaires = questionnaires;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOf(#staffId)")
    public List<ScoredCallback> ofStaff(long staffId, Period period) {
        return scored(List.of(staffId), period);
    }

    /** The callbacks of the team's active members. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOfTeam(#teamId)")
    public List<ScoredCallback> ofTeam(long teamId, Period period) {
        List<Long> members = directory.teamRefs(teamId).stream().filter(StaffRef::active).map(StaffRef::id).toList();
        return members.isEmpty() ? List.of() : scored(members, period);
    }

    private List<ScoredCallback> scored(Collection<Long> staffIds, Period period) {
        var params = new MapSqlParameterSource("staff", staffIds).addValue("from", Date.valueOf(period.from()))
                .addValue("to", Date.valueOf(period.to()));
        record Row(long id, long staffId, LocalDate serviceDate, boolean valid, boolean complaint, long version) {
        }
        List<Row> rows = jdbc.query("select id, staff_id, service_date, valid, complaint, questionnaire_id "
                + "from satisfaction_callback where staff_id in (:staff) and service_date between :from and :to "
                + "order by service_date, id", params, (rs, i) -> new Row(rs.getLong(1), rs.getLong(2),
                rs.getDate(3).toLocalDate(), rs.getBoolean(4), rs.getBoolean(5), rs.getLong(6)));
        Map<Long, Map<String, Integer>> answers = new HashMap<>();
        jdbc.query("select a.callback_id, a.item_code, a.answer from satisfaction_answer a "
                + "join satisfaction_callback c on c.id = a.callback_id where c.valid = true "
                + "and c.staff_id in (:staff) and c.service_date between :from and :to", params,
                rs -> {
                    answers.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        Map<Long, QuestionnaireDetails> versions = questionnaires.byId();
        List<ScoredCallback> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Double score = row.valid() ? IndicatorCalculator.callbackScore(versions.get(row.version()).items(),
                    answers.getOrDefault(row.id(), Map.of())) : null;
            result.add(new ScoredCallback(row.staffId(), row.serviceDate(), row.valid(), row.complaint(), score));
        }
        return result;
    }
}
