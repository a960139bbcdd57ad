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
        DayKey inMonth() {
            return new DayKey(staffId, date.withDayOfMonth(1), questionnaireId);
        }

        @Override
        public int compareTo(DayKey o) {
            int c = Long.compare(staffId, o.staffId);
            c = c != 0 ? c : date.compareTo(o.date);
            return c != 0 ? c : Long.compare(questionnaireId, o.questionnaireId);
        }
    }

    record ItemKey(long staffId, LocalDate date, long questionnaireId, String itemCode, Scale scale)
            implements Comparable<ItemKey> {
        ItemKey inMonth() {
            return new ItemKey(staffId, date.withDayOfMonth(1), questionnaireId, itemCode, scale);
        }

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

    /**
     * Adds newly stored callbacks to the daily and the monthly rollups, in key order so concurrent deliveries
     * lock alike.
     */
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
        upsertCounts(Grain.DAY, days);
        upsertItems(Grain.DAY, items);
        upsertCounts(Grain.MONTH, byMonth(days, DayKey::inMonth, Counts::plus));
        upsertItems(Grain.MONTH, byMonth(items, ItemKey::inMonth, ItemCounts::plus));
    }

    private static <K extends Comparable<K>, V> Map<K, V> byMonth(Map<K, V> byDay, java.util.function.UnaryOperator<K> month,
                                                                   java.util.function.BinaryOperator<V> plus) {
        Map<K, V> months = new TreeMap<>();
        byDay.forEach((k, v) -> months.merge(month.apply(k), v, plus));
        return months;
    }

    /** The daily rollups keyed by service date, and the monthly ones keyed by the month's first day. */
    private enum Grain {
        DAY("satisfaction_staff_day", "satisfaction_staff_day_item", "service_date"),
        MONTH("satisfaction_staff_month", "satisfaction_staff_month_item", "service_month");

        final String countTable;
        final String itemTable;
        final String column;

        Grain(String countTable, String itemTable, String column) {
            this.countTable = countTable;
            this.itemTable = itemTable;
            this.column = column;
        }

        Object value(LocalDate date) {
            return this == DAY ? Date.valueOf(date) : monthNumber(YearMonth.from(date));
        }

        /** The key as a date (a month's first day) from a column holding a date or a month number. */
        LocalDate key(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
            return this == DAY ? rs.getDate(column).toLocalDate() : month(rs.getInt(column)).atDay(1);
        }
    }

    static int monthNumber(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private void upsertCounts(Grain grain, Map<DayKey, Counts> days) {
        List<Object[]> rows = new ArrayList<>();
        days.forEach((k, v) -> rows.add(new Object[] {k.staffId(), grain.value(k.date()), k.questionnaireId(),
                v.attempted(), v.valid(), v.timely()}));
        MultiRowInsert.insert(jdbc, "insert into " + grain.countTable + " (staff_id, " + grain.column
                + ", questionnaire_id, attempted, valid_count, timely)", 6, """
                on duplicate key update attempted = attempted + values(attempted),
                    valid_count = valid_count + values(valid_count), timely = timely + values(timely)
                """, rows);
    }

    private void upsertItems(Grain grain, Map<ItemKey, ItemCounts> items) {
        List<Object[]> rows = new ArrayList<>();
        items.forEach((k, v) -> rows.add(new Object[] {k.staffId(), grain.value(k.date()), k.questionnaireId(),
                k.itemCode(), k.scale().name(), v.answers(), v.answerSum(), v.satisfied()}));
        MultiRowInsert.insert(jdbc, "insert into " + grain.itemTable + " (staff_id, " + grain.column
                + ", questionnaire_id, item_code, scale, answers, answer_sum, satisfied)", 8, """
                on duplicate key update answers = answers + values(answers),
                    answer_sum = answer_sum + values(answer_sum), satisfied = satisfied + values(satisfied)
                """, rows);
    }

    /** Callback counters of everyone with callbacks in a period, by staff member. */
    Map<Long, Counts> countsOfEveryone(LocalDate from, LocalDate to) {
        Map<Long, Counts> totals = new HashMap<>();
        for (Source source : Source.of(from, to)) {
            named.query("select staff_id, sum(attempted), sum(valid_count), sum(timely) from " + source.countTable()
                    + " where " + source.condition() + " group by staff_id", source.params(List.of()), rs -> {
                        totals.merge(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                                Counts::plus);
                    });
        }
        return totals;
    }

    /** Everything the indicators need per staff member over a period. */
    Map<Long, StaffTotals> totals(Collection<Long> staffIds, LocalDate from, LocalDate to) {
        Map<Long, StaffTotals> totals = new HashMap<>();
        monthlyTotals(staffIds, from, to).values()
                .forEach(month -> month.forEach((staffId, t) -> totals.merge(staffId, t, StaffTotals::plus)));
        return totals;
    }

    /**
     * Everything the indicators need per month and staff member, whatever the number of months or staff: the
     * counters and the item counters by version, from the monthly rollups for whole months and from the daily
     * ones, summed per month in the database, for the partial months at the period's edges. Two statements for a
     * period of whole months, four otherwise.
     */
    Map<YearMonth, Map<Long, StaffTotals>> monthlyTotals(Collection<Long> staffIds, LocalDate from, LocalDate to) {
        Map<YearMonth, Map<Long, StaffTotals>> totals = new HashMap<>();
        if (staffIds.isEmpty()) {
            return totals;
        }
        List<Source> sources = Source.of(from, to);
        Map<YearMonth, Map<Long, Map<Long, Map<String, ItemTotals>>>> items = new HashMap<>();
        for (Source source : sources) {
            named.query("select staff_id, " + source.month() + ", questionnaire_id, item_code, scale, "
                    + "sum(answers), sum(answer_sum), sum(satisfied) from " + source.itemTable()
                    + " where staff_id in (:staff) and " + source.condition()
                    + " group by staff_id, " + source.month() + ", questionnaire_id, item_code, scale",
                    source.params(staffIds), rs -> {
                        var t = ItemTotals.of(Scale.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7),
                                rs.getLong(8));
                        items.computeIfAbsent(month(rs.getInt(2)), k -> new HashMap<>())
                                .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getLong(3), k -> new HashMap<>())
                                .merge(rs.getString(4), t, ItemTotals::plus);
                    });
        }
        for (Source source : sources) {
            named.query("select staff_id, " + source.month() + ", questionnaire_id, "
                    + "sum(attempted), sum(valid_count), sum(timely) from " + source.countTable()
                    + " where staff_id in (:staff) and " + source.condition()
                    + " group by staff_id, " + source.month() + ", questionnaire_id",
                    source.params(staffIds), rs -> {
                        YearMonth month = month(rs.getInt(2));
                        long staffId = rs.getLong(1);
                        long version = rs.getLong(3);
                        Map<String, ItemTotals> itemTotals = items.getOrDefault(month, Map.of())
                                .getOrDefault(staffId, Map.of()).getOrDefault(version, Map.of());
                        var t = new StaffTotals(new Counts(rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                                Map.of(version, new VersionTotals(rs.getLong(5), itemTotals)));
                        totals.computeIfAbsent(month, k -> new HashMap<>()).merge(staffId, t, StaffTotals::plus);
                    });
        }
        return totals;
    }

    private static YearMonth month(int number) {
        return YearMonth.of(number / 100, number % 100);
    }

    /**
     * Where a period's rollups are read: the whole months from the monthly rollups, the days of partial months
     * from the daily ones (one or two ranges, read in one statement).
     */
    private record Source(Grain grain, List<LocalDate[]> ranges) {

        static List<Source> of(LocalDate from, LocalDate to) {
            YearMonth firstWhole = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
            YearMonth lastWhole = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to)
                    : YearMonth.from(to).minusMonths(1);
            if (firstWhole.isAfter(lastWhole)) {
                return List.of(new Source(Grain.DAY, List.<LocalDate[]>of(new LocalDate[] {from, to})));
            }
            List<Source> sources = new ArrayList<>();
            sources.add(new Source(Grain.MONTH, List.<LocalDate[]>of(new LocalDate[] {firstWhole.atDay(1),
                    lastWhole.atEndOfMonth()})));
            List<LocalDate[]> edges = new ArrayList<>();
            if (from.isBefore(firstWhole.atDay(1))) {
                edges.add(new LocalDate[] {from, firstWhole.atDay(1).minusDays(1)});
            }
            if (to.isAfter(lastWhole.atEndOfMonth())) {
                edges.add(new LocalDate[] {lastWhole.atEndOfMonth().plusDays(1), to});
            }
            if (!edges.isEmpty()) {
                sources.add(new Source(Grain.DAY, edges));
            }
            return sources;
        }

        String countTable() {
            return grain.countTable;
        }

        String itemTable() {
            return grain.itemTable;
        }

        /** The month as year * 100 + month. */
        String month() {
            return grain == Grain.MONTH ? "service_month" : "year(service_date) * 100 + month(service_date)";
        }

        String condition() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                parts.add(grain.column + " between :from" + i + " and :to" + i);
            }
            return "(" + String.join(" or ", parts) + ")";
        }

        MapSqlParameterSource params(Collection<Long> staffIds) {
            MapSqlParameterSource params = new MapSqlParameterSource("staff", staffIds);
            for (int i = 0; i < ranges.size(); i++) {
                params.addValue("from" + i, grain.value(ranges.get(i)[0])).addValue("to" + i,
                        grain.value(ranges.get(i)[1]));
            }
            return params;
        }
    }

    /**
     * Recomputes the daily rollups of a date range from the raw callbacks and the monthly rollups of its months
     * from the daily ones, replaces what differed, and returns how many rollup rows differed from what was stored.
     */
    int rebuild(LocalDate from, LocalDate to) {
        var range = new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
        int drift = replaceDrifted(Grain.DAY, range, range, """
                select staff_id, service_date, questionnaire_id, count(*),
                    sum(case when valid then 1 else 0 end), sum(case when timely then 1 else 0 end)
                from satisfaction_callback where service_date between :from and :to
                group by staff_id, service_date, questionnaire_id
                """, """
                select c.staff_id, c.service_date, c.questionnaire_id, a.item_code, a.scale, count(*), sum(a.answer),
                    sum(case when a.satisfied then 1 else 0 end)
                from satisfaction_answer a join satisfaction_callback c on c.id = a.callback_id
                where c.service_date between :from and :to
                group by c.staff_id, c.service_date, c.questionnaire_id, a.item_code, a.scale
                """);
        return drift + rebuildMonths(YearMonth.from(from), YearMonth.from(to));
    }

    /** Recomputes the monthly rollups of whole months from the daily ones; returns the rows that differed. */
    private int rebuildMonths(YearMonth first, YearMonth last) {
        var days = new MapSqlParameterSource("from", Date.valueOf(first.atDay(1)))
                .addValue("to", Date.valueOf(last.atEndOfMonth()));
        var months = new MapSqlParameterSource("from", monthNumber(first)).addValue("to", monthNumber(last));
        return replaceDrifted(Grain.MONTH, months, days, """
                select staff_id, year(service_date) * 100 + month(service_date), questionnaire_id, sum(attempted),
                    sum(valid_count), sum(timely)
                from satisfaction_staff_day where service_date between :from and :to
                group by staff_id, year(service_date) * 100 + month(service_date), questionnaire_id
                """, """
                select staff_id, year(service_date) * 100 + month(service_date), questionnaire_id, item_code, scale,
                    sum(answers), sum(answer_sum), sum(satisfied)
                from satisfaction_staff_day_item where service_date between :from and :to
                group by staff_id, year(service_date) * 100 + month(service_date), questionnaire_id, item_code, scale
                """);
    }

    /**
     * Compares a grain's stored rollups in {@code range} with their recomputation, read by {@code derivedCounts} and
     * {@code derivedItems} over {@code source} (the same columns as the stored rows, the key in the grain's form),
     * and when any row differs replaces all of the range's rows with the recomputed ones. Returns the rows that
     * differed (a row missing on either side counts once).
     */
    private int replaceDrifted(Grain grain, MapSqlParameterSource range, MapSqlParameterSource source,
                               String derivedCounts, String derivedItems) {
        String where = " where " + grain.column + " between :from and :to";
        Map<DayKey, Counts> stored = new HashMap<>();
        readCounts(grain, "select staff_id, " + grain.column + ", questionnaire_id, attempted, valid_count, timely "
                + "from " + grain.countTable + where, range, stored);
        Map<DayKey, Counts> derived = new TreeMap<>();
        readCounts(grain, derivedCounts, source, derived);
        Map<ItemKey, ItemCounts> storedItems = new HashMap<>();
        readItems(grain, "select staff_id, " + grain.column + ", questionnaire_id, item_code, scale, answers, "
                + "answer_sum, satisfied from " + grain.itemTable + where, range, storedItems);
        Map<ItemKey, ItemCounts> derivedItemCounts = new TreeMap<>();
        readItems(grain, derivedItems, source, derivedItemCounts);
        int drift = differences(stored, derived) + differences(storedItems, derivedItemCounts);
        if (drift > 0) {
            named.update("delete from " + grain.countTable + where, range);
            named.update("delete from " + grain.itemTable + where, range);
            upsertCounts(grain, derived);
            upsertItems(grain, derivedItemCounts);
        }
        return drift;
    }

    /** Rows of staff id, key, questionnaire id and the three callback counters. */
    private void readCounts(Grain grain, String sql, MapSqlParameterSource params, Map<DayKey, Counts> into) {
        named.query(sql, params, rs -> {
            into.put(new DayKey(rs.getLong(1), grain.key(rs, 2), rs.getLong(3)),
                    new Counts(rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        });
    }

    /** Rows of staff id, key, questionnaire id, item code, scale and the three item counters. */
    private void readItems(Grain grain, String sql, MapSqlParameterSource params, Map<ItemKey, ItemCounts> into) {
        named.query(sql, params, rs -> {
            into.put(new ItemKey(rs.getLong(1), grain.key(rs, 2), rs.getLong(3), rs.getString(4),
                    Scale.valueOf(rs.getString(5))), new ItemCounts(rs.getLong(6), rs.getLong(7), rs.getLong(8)));
        });
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
