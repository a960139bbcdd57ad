package com.touchpoint.satisfaction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Daily per-staff rollups by questionnaire version: counts per day, and per item the answers, the sum of raw
 * answers and the satisfied answers. Indicators are read from here and never from the raw callbacks.
 */
@Repository
class RollupStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    RollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    record DayKey(long staffId, LocalDate date, long questionnaireId) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey o) {
            int c = Long.compare(staffId, o.staffId);
            c = c != 0 ? c : date.compareTo(o.date);
            return c != 0 ? c : Long.compare(questionnaireId, o.questionnaireId);
        }
    }

    record ItemKey(long staffId, LocalDate date, long questionnaireId, String itemCode, Scale scale)
            implements Comparable<ItemKey> {
        @Override
        public int compareTo(ItemKey o) {
            int c = new DayKey(staffId, date, questionnaireId).compareTo(new DayKey(o.staffId, o.date, o.questionnaireId));
            c = c != 0 ? c : itemCode.compareTo(o.itemCode);
            return c != 0 ? c : scale.compareTo(o.scale);
        }
    }

    /** A day's (or period's) callbacks: all of them, the valid ones and the ones called back in time. */
    record Counts(long attempted, long valid, long timely) {
        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(attempted + o.attempted, valid + o.valid, timely + o.timely);
        }
    }

    /** One item on one day: its answers, the sum of the raw answers and the satisfied ones. */
    record ItemCounts(long answers, long answerSum, long satisfied) {
        ItemCounts plus(ItemCounts o) {
            return new ItemCounts(answers + o.answers, answerSum + o.answerSum, satisfied + o.satisfied);
        }
    }

    /** A staff member's valid callbacks under one questionnaire version and their item totals. */
    record VersionTotals(long valid, Map<String, ItemTotals> items) {
        static final VersionTotals NONE = new VersionTotals(0, Map.of());

        VersionTotals plus(VersionTotals o) {
            Map<String, ItemTotals> merged = new HashMap<>(items);
            o.items.forEach((code, t) -> merged.merge(code, t, ItemTotals::plus));
            return new VersionTotals(valid + o.valid, merged);
        }
    }

    /** A staff member's rollups over a period: the callback counts, and per questionnaire version id its totals. */
    record StaffTotals(Counts counts, Map<Long, VersionTotals> versions) {
        static final StaffTotals NONE = new StaffTotals(Counts.NONE, Map.of());

        StaffTotals plus(StaffTotals o) {
            Map<Long, VersionTotals> merged = new HashMap<>(versions);
            o.versions.forEach((id, v) -> merged.merge(id, v, VersionTotals::plus));
            return new StaffTotals(counts.plus(o.counts), merged);
        }

        /** The callbacks of each version with that version's items and weights, in version order. */
        List<IndicatorCalculator.Answered> answered(Map<Long, QuestionnaireDetails> questionnaires) {
            return new TreeMap<>(versions).entrySet().stream()
                    .map(e -> new IndicatorCalculator.Answered(questionnaires.get(e.getKey()).items(),
                            e.getValue().valid(), e.getValue().items()))
                    .toList();
        }

        /** Answers to each version's overall item, pooled whatever its code in that version. */
        ItemTotals overall(Map<Long, QuestionnaireDetails> questionnaires) {
            ItemTotals overall = ItemTotals.NONE;
            for (Map.Entry<Long, VersionTotals> e : versions.entrySet()) {
                var item = questionnaires.get(e.getKey()).overallItem();
                if (item.isPresent()) {
                    overall = overall.plus(e.getValue().items().getOrDefault(item.get().code(), ItemTotals.NONE));
                }
            }
            return overall;
        }

        /** Item totals over every version, by item code. */
        Map<String, ItemTotals> items() {
            Map<String, ItemTotals> pooled = new HashMap<>();
            versions.values().forEach(v -> v.items().forEach((code, t) -> pooled.merge(code, t, ItemTotals::plus)));
            return pooled;
        }
    }

    /** Adds newly stored callbacks to the rollups, in key order so concurrent deliveries lock alike. */
    void add(List<ValidCallback> callbacks) {
        Map<DayKey, Counts> days = new TreeMap<>();
        Map<ItemKey, ItemCounts> items = new TreeMap<>();
        for (ValidCallback c : callbacks) {
            days.merge(new DayKey(c.staffId(), c.serviceDate(), c.questionnaireId()),
                    new Counts(1, c.valid() ? 1 : 0, c.timely() ? 1 : 0), Counts::plus);
            c.answers().forEach((item, value) -> items.merge(
                    new ItemKey(c.staffId(), c.serviceDate(), c.questionnaireId(), item.code(), item.scale()),
                    new ItemCounts(1, value, item.satisfied(value) ? 1 : 0), ItemCounts::plus));
        }
        upsertDays(days);
        upsertItems(items);
    }

    private void upsertDays(Map<DayKey, Counts> days) {
        List<Object[]> rows = new ArrayList<>();
        days.forEach((k, v) -> rows.add(new Object[] {k.staffId(), Date.valueOf(k.date()), k.questionnaireId(),
                v.attempted(), v.valid(), v.timely()}));
        jdbc.batchUpdate("""
                insert into satisfaction_staff_day (staff_id, service_date, questionnaire_id, attempted, valid_count, timely)
                values (?, ?, ?, ?, ?, ?)
                on duplicate key update attempted = attempted + values(attempted),
                    valid_count = valid_count + values(valid_count), timely = timely + values(timely)
                """, rows);
    }

    private void upsertItems(Map<ItemKey, ItemCounts> items) {
        List<Object[]> rows = new ArrayList<>();
        items.forEach((k, v) -> rows.add(new Object[] {k.staffId(), Date.valueOf(k.date()), k.questionnaireId(),
                k.itemCode(), k.scale().name(), v.answers(), v.answerSum(), v.satisfied()}));
        jdbc.batchUpdate("""
                insert into satisfaction_staff_day_item (staff_id, service_date, questionnaire_id, item_code, scale,
                    answers, answer_sum, satisfied)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update answers = answers + values(answers),
                    answer_sum = answer_sum + values(answer_sum), satisfied = satisfied + values(satisfied)
                """, rows);
    }

    /** Day counters per staff member over a period. */
    Map<Long, Counts> dayTotals(Collection<Long> staffIds, LocalDate from, LocalDate to) {
        Map<Long, Counts> totals = new HashMap<>();
        if (staffIds.isEmpty()) {
            return totals;
        }
        named.query("""
                select staff_id, sum(attempted), sum(valid_count), sum(timely) from satisfaction_staff_day
                where staff_id in (:staff) and service_date between :from and :to group by staff_id
                """, params(staffIds, from, to), rs -> {
            totals.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        });
        return totals;
    }

    /** Everything the indicators need per staff member over a period, in two statements. */
    Map<Long, StaffTotals> totals(Collection<Long> staffIds, LocalDate from, LocalDate to) {
        Map<Long, StaffTotals> totals = new HashMap<>();
        monthlyTotals(staffIds, from, to).values()
                .forEach(month -> month.forEach((staffId, t) -> totals.merge(staffId, t, StaffTotals::plus)));
        return totals;
    }

    /**
     * Everything the indicators need per month and staff member, in two statements whatever the number of months
     * or staff: the day counters by version, and the item counters by version, summed per month in the database.
     */
    Map<YearMonth, Map<Long, StaffTotals>> monthlyTotals(Collection<Long> staffIds, LocalDate from, LocalDate to) {
        Map<YearMonth, Map<Long, StaffTotals>> totals = new HashMap<>();
        if (staffIds.isEmpty()) {
            return totals;
        }
        Map<YearMonth, Map<Long, Map<Long, Map<String, ItemTotals>>>> items = new HashMap<>();
        named.query("""
                select staff_id, year(service_date), month(service_date), questionnaire_id, item_code, scale,
                    sum(answers), sum(answer_sum), sum(satisfied)
                from satisfaction_staff_day_item
                where staff_id in (:staff) and service_date between :from and :to
                group by staff_id, year(service_date), month(service_date), questionnaire_id, item_code, scale
                """, params(staffIds, from, to), rs -> {
            var t = ItemTotals.of(Scale.valueOf(rs.getString(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9));
            items.computeIfAbsent(YearMonth.of(rs.getInt(2), rs.getInt(3)), k -> new HashMap<>())
                    .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getLong(4), k -> new HashMap<>())
                    .merge(rs.getString(5), t, ItemTotals::plus);
        });
        named.query("""
                select staff_id, year(service_date), month(service_date), questionnaire_id,
                    sum(attempted), sum(valid_count), sum(timely)
                from satisfaction_staff_day
                where staff_id in (:staff) and service_date between :from and :to
                group by staff_id, year(service_date), month(service_date), questionnaire_id
                """, params(staffIds, from, to), rs -> {
            YearMonth month = YearMonth.of(rs.getInt(2), rs.getInt(3));
            long staffId = rs.getLong(1);
            long version = rs.getLong(4);
            Map<String, ItemTotals> itemTotals = items.getOrDefault(month, Map.of()).getOrDefault(staffId, Map.of())
                    .getOrDefault(version, Map.of());
            var t = new StaffTotals(new Counts(rs.getLong(5), rs.getLong(6), rs.getLong(7)),
                    Map.of(version, new VersionTotals(rs.getLong(6), itemTotals)));
            totals.computeIfAbsent(month, k -> new HashMap<>()).merge(staffId, t, StaffTotals::plus);
        });
        return totals;
    }

    private static MapSqlParameterSource params(Collection<Long> staffIds, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("staff", staffIds).addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to));
    }

    /**
     * Recomputes the rollups of a date range from the raw callbacks, replaces them, and returns how
     * many rollup rows differed from what was stored.
     */
    int rebuild(LocalDate from, LocalDate to) {
        var range = new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
        Map<DayKey, Counts> storedDays = new HashMap<>();
        named.query("select staff_id, service_date, questionnaire_id, attempted, valid_count, timely "
                + "from satisfaction_staff_day where service_date between :from and :to", range, rs -> {
            storedDays.put(new DayKey(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3)),
                    new Counts(rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        });
        Map<DayKey, Counts> rawDays = new TreeMap<>();
        named.query("""
                select staff_id, service_date, questionnaire_id, count(*),
                    sum(case when valid then 1 else 0 end), sum(case when timely then 1 else 0 end)
                from satisfaction_callback where service_date between :from and :to
                group by staff_id, service_date, questionnaire_id
                """, range, rs -> {
            rawDays.put(new DayKey(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3)),
                    new Counts(rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        });
        Map<ItemKey, ItemCounts> storedItems = new HashMap<>();
        named.query("select staff_id, service_date, questionnaire_id, item_code, scale, answers, answer_sum, satisfied "
                + "from satisfaction_staff_day_item where service_date between :from and :to", range, rs -> {
            storedItems.put(new ItemKey(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getString(4),
                    Scale.valueOf(rs.getString(5))), new ItemCounts(rs.getLong(6), rs.getLong(7), rs.getLong(8)));
        });
        Map<ItemKey, ItemCounts> rawItems = new TreeMap<>();
        named.query("""
                select c.staff_id, c.service_date, c.questionnaire_id, a.item_code, a.scale, count(*), sum(a.answer),
                    sum(case when a.satisfied then 1 else 0 end)
                from satisfaction_answer a join satisfaction_callback c on c.id = a.callback_id
                where c.service_date between :from and :to
                group by c.staff_id, c.service_date, c.questionnaire_id, a.item_code, a.scale
                """, range, rs -> {
            rawItems.put(new ItemKey(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getString(4),
                    Scale.valueOf(rs.getString(5))), new ItemCounts(rs.getLong(6), rs.getLong(7), rs.getLong(8)));
        });
        int drift = differences(storedDays, rawDays) + differences(storedItems, rawItems);
        if (drift > 0) {
            named.update("delete from satisfaction_staff_day where service_date between :from and :to", range);
            named.update("delete from satisfaction_staff_day_item where service_date between :from and :to", range);
            upsertDays(rawDays);
            upsertItems(rawItems);
        }
        return drift;
    }

    private static <K, V> int differences(Map<K, V> stored, Map<K, V> raw) {
        int differing = 0;
        for (Map.Entry<K, V> e : raw.entrySet()) {
            if (!e.getValue().equals(stored.get(e.getKey()))) {
                differing++;
            }
        }
        for (K key : stored.keySet()) {
            if (!raw.containsKey(key)) {
                differing++;
            }
        }
        return differing;
    }
}
