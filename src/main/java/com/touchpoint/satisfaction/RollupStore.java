package com.touchpoint.satisfaction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Daily per-staff rollups: counts per day, and per item the answers, the sum of raw answers and the
 * satisfied answers. Indicators are read from here and never from the raw callbacks.
 */
@Repository
class RollupStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    RollupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    record DayKey(long staffId, LocalDate date) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey o) {
            int c = Long.compare(staffId, o.staffId);
            return c != 0 ? c : date.compareTo(o.date);
        }
    }

    record ItemKey(long staffId, LocalDate date, String itemCode, Scale scale) implements Comparable<ItemKey> {
        @Override
        public int compareTo(ItemKey o) {
            int c = new DayKey(staffId, date).compareTo(new DayKey(o.staffId, o.date));
            c = c != 0 ? c : itemCode.compareTo(o.itemCode);
            return c != 0 ? c : scale.compareTo(o.scale);
        }
    }

    /** Counters for one day or one day and item; added up, or compared when checking for drift. */
    record Counts(long a, long b, long c) {
        Counts plus(Counts o) {
            return new Counts(a + o.a, b + o.b, c + o.c);
        }
    }

    /** Adds newly stored callbacks to the rollups, in key order so concurrent deliveries lock alike. */
    void add(List<ValidCallback> callbacks) {
        Map<DayKey, Counts> days = new TreeMap<>();
        Map<ItemKey, Counts> items = new TreeMap<>();
        for (ValidCallback c : callbacks) {
            days.merge(new DayKey(c.staffId(), c.serviceDate()),
                    new Counts(1, c.valid() ? 1 : 0, c.timely() ? 1 : 0), Counts::plus);
            c.answers().forEach((item, value) -> items.merge(
                    new ItemKey(c.staffId(), c.serviceDate(), item.code(), item.scale()),
                    new Counts(1, value, item.satisfied(value) ? 1 : 0), Counts::plus));
        }
        upsertDays(days);
        upsertItems(items);
    }

    private void upsertDays(Map<DayKey, Counts> days) {
        List<Object[]> rows = new ArrayList<>();
        days.forEach((k, v) -> rows.add(new Object[] {k.staffId(), Date.valueOf(k.date()), v.a(), v.b(), v.c()}));
        jdbc.batchUpdate("""
                insert into satisfaction_staff_day (staff_id, service_date, attempted, valid_count, timely)
                values (?, ?, ?, ?, ?)
                on duplicate key update attempted = attempted + values(attempted),
                    valid_count = valid_count + values(valid_count), timely = timely + values(timely)
                """, rows);
    }

    private void upsertItems(Map<ItemKey, Counts> items) {
        List<Object[]> rows = new ArrayList<>();
        items.forEach((k, v) -> rows.add(new Object[] {k.staffId(), Date.valueOf(k.date()), k.itemCode(),
                k.scale().name(), v.a(), v.b(), v.c()}));
        jdbc.batchUpdate("""
                insert into satisfaction_staff_day_item (staff_id, service_date, item_code, scale, answers, answer_sum, satisfied)
                values (?, ?, ?, ?, ?, ?, ?)
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

    /** Item counters (answers, raw sum, satisfied) per staff member, item and scale over a period. */
    Map<Long, Map<String, ItemTotals>> itemTotals(Collection<Long> staffIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, ItemTotals>> totals = new HashMap<>();
        if (staffIds.isEmpty()) {
            return totals;
        }
        named.query("""
                select staff_id, item_code, scale, sum(answers), sum(answer_sum), sum(satisfied)
                from satisfaction_staff_day_item
                where staff_id in (:staff) and service_date between :from and :to
                group by staff_id, item_code, scale
                """, params(staffIds, from, to), rs -> {
            var t = ItemTotals.of(Scale.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getLong(6));
            totals.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).merge(rs.getString(2), t, ItemTotals::plus);
        });
        return totals;
    }

    /** Item counters per staff member and month, for trends. */
    Map<Long, Map<java.time.YearMonth, Map<String, ItemTotals>>> monthlyItemTotals(Collection<Long> staffIds,
                                                                                   LocalDate from, LocalDate to) {
        Map<Long, Map<java.time.YearMonth, Map<String, ItemTotals>>> totals = new HashMap<>();
        if (staffIds.isEmpty()) {
            return totals;
        }
        named.query("""
                select staff_id, service_date, item_code, scale, answers, answer_sum, satisfied
                from satisfaction_staff_day_item
                where staff_id in (:staff) and service_date between :from and :to
                """, params(staffIds, from, to), rs -> {
            var month = java.time.YearMonth.from(rs.getDate(2).toLocalDate());
            var t = ItemTotals.of(Scale.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6), rs.getLong(7));
            totals.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(month, k -> new HashMap<>())
                    .merge(rs.getString(3), t, ItemTotals::plus);
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
        named.query("select staff_id, service_date, attempted, valid_count, timely from satisfaction_staff_day "
                + "where service_date between :from and :to", range, rs -> {
            storedDays.put(new DayKey(rs.getLong(1), rs.getDate(2).toLocalDate()),
                    new Counts(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        });
        Map<DayKey, Counts> rawDays = new TreeMap<>();
        named.query("""
                select staff_id, service_date, count(*),
                    sum(case when valid then 1 else 0 end), sum(case when timely then 1 else 0 end)
                from satisfaction_callback where service_date between :from and :to group by staff_id, service_date
                """, range, rs -> {
            rawDays.put(new DayKey(rs.getLong(1), rs.getDate(2).toLocalDate()),
                    new Counts(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        });
        Map<ItemKey, Counts> storedItems = new HashMap<>();
        named.query("select staff_id, service_date, item_code, scale, answers, answer_sum, satisfied "
                + "from satisfaction_staff_day_item where service_date between :from and :to", range, rs -> {
            storedItems.put(new ItemKey(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                    Scale.valueOf(rs.getString(4))), new Counts(rs.getLong(5), rs.getLong(6), rs.getLong(7)));
        });
        Map<ItemKey, Counts> rawItems = new TreeMap<>();
        named.query("""
                select c.staff_id, c.service_date, a.item_code, a.scale, count(*), sum(a.answer),
                    sum(case when a.satisfied then 1 else 0 end)
                from satisfaction_answer a join satisfaction_callback c on c.id = a.callback_id
                where c.service_date between :from and :to
                group by c.staff_id, c.service_date, a.item_code, a.scale
                """, range, rs -> {
            rawItems.put(new ItemKey(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                    Scale.valueOf(rs.getString(4))), new Counts(rs.getLong(5), rs.getLong(6), rs.getLong(7)));
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

    private static <K> int differences(Map<K, Counts> stored, Map<K, Counts> raw) {
        int differing = 0;
        for (Map.Entry<K, Counts> e : raw.entrySet()) {
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
