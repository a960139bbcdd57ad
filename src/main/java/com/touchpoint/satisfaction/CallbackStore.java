package com.touchpoint.satisfaction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Raw callbacks and answers, written in multi-row inserts because deliveries hold thousands of records. */
@Repository
class CallbackStore {

    static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    CallbackStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The content hash stored under each of these external ids that exists already. */
    Map<String, String> hashesOf(Collection<String> externalIds) {
        Map<String, String> hashes = new HashMap<>();
        List<String> ids = List.copyOf(externalIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            named.query("select external_id, content_hash from satisfaction_callback where external_id in (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))),
                    rs -> {
                        hashes.put(rs.getString(1), rs.getString(2));
                    });
        }
        return hashes;
    }

    void insert(List<ValidCallback> unordered, Instant receivedAt) {
        if (unordered.isEmpty()) {
            return;
        }
        // In key order, so that deliveries sharing external ids wait for each other instead of deadlocking.
        List<ValidCallback> callbacks = unordered.stream()
                .sorted(Comparator.comparing(ValidCallback::externalId)).toList();
        Timestamp received = Timestamp.from(receivedAt);
        List<Object[]> rows = new ArrayList<>(callbacks.size());
        for (ValidCallback c : callbacks) {
            rows.add(new Object[] {c.externalId(), c.staffId(), c.questionnaireId(), c.serviceDate(),
                    c.callbackDate(), c.serviceType().name(), c.channel().name(), c.segment().name(),
                    c.status().name(), c.complaint(), c.comment(), c.valid(), c.timely(), c.contentHash(), received,
                    c.agent()});
        }
        MultiRowInsert.insert(jdbc, """
                insert into satisfaction_callback (external_id, staff_id, questionnaire_id, service_date, callback_date,
                    service_type, channel, customer_segment, status, complaint, comment_text, valid, timely,
                    content_hash, received_at, callback_agent)""", 16, "", rows);
        Map<String, Long> ids = idsOf(callbacks.stream().map(ValidCallback::externalId).toList());
        List<Object[]> answers = new ArrayList<>();
        for (ValidCallback c : callbacks) {
            long id = ids.get(c.externalId());
            c.answers().forEach((item, value) -> answers.add(new Object[] {id, item.code(), item.scale().name(), value,
                    item.satisfied(value)}));
        }
        MultiRowInsert.insert(jdbc, "insert into satisfaction_answer (callback_id, item_code, scale, answer, satisfied)",
                5, "", answers);
    }

    private Map<String, Long> idsOf(List<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < externalIds.size(); i += CHUNK) {
            named.query("select id, external_id from satisfaction_callback where external_id in (:ids)",
                    new MapSqlParameterSource("ids", externalIds.subList(i, Math.min(externalIds.size(), i + CHUNK))),
                    rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
        }
        return ids;
    }
}
