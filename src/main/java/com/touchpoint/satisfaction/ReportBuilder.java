package com.touchpoint.satisfaction;

import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import com.touchpoint.staff.StaffRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers the figures of a callback report: pooled indicators from the rollups, hot spots and comments from the callbacks. */
@Component
class ReportBuilder {

    static final int TREND_MONTHS = 6;
    /** A low score: at most 3 of 5, 6 of 10, or "no". */
    static final String LOW_OVERALL = "exists (select 1 from satisfaction_answer a where a.callback_id = c.id "
            + "and a.item_code = :overall and ((a.scale = 'FIVE_POINT' and a.answer <= 3) "
            + "or (a.scale = 'TEN_POINT' and a.answer <= 6) or (a.scale = 'YES_NO' and a.answer = 0)))";
    static final int VERBATIM = 5;
    /** Shorter comments say nothing a manager can act on. */
    static final int MIN_QUOTE = 8;
    static final int WEAK_ITEMS = 3;

    private final RollupStore rollups;
    private final ItemTargetStore targets;
    private final Questionnaires questionnaires;
    private final OrgStructure org;
    private final NamedParameterJdbcTemplate jdbc;

    ReportBuilder(RollupStore rollups, ItemTargetStore targets, Questionnaires questionnaires, OrgStructure org,
                  JdbcTemplate jdbc) {
        this.rollups = rollups;
        this.targets = targets;
        this.questionnaires = questionnaires;
        this.org = org;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    ReportContent build(String unitName, String unitCode, List<StaffRef> staff, YearMonth month) {
        List<ItemDefinition> items = questionnaires.current().items();
        List<Long> ids = staff.stream().map(StaffRef::id).toList();
        Pooled now = pooled(ids, month);
        Pooled before = pooled(ids, month.minusMonths(1));
        Map<String, Double> itemTargets = itemTargets(staff, now, items);
        double target = indexTarget(staff, now);
        List<ReportContent.ItemRow> itemRows = items.stream().map(i -> new ReportContent.ItemRow(i,
                now.items.getOrDefault(i.code(), ItemTotals.NONE).mean(),
                before.items.getOrDefault(i.code(), ItemTotals.NONE).mean(), itemTargets.get(i.code()),
                IndicatorCalculator.rate(now.items.getOrDefault(i.code(), ItemTotals.NONE).satisfied(),
                        now.items.getOrDefault(i.code(), ItemTotals.NONE).answers()))).toList();
        String overall = items.stream().filter(ItemDefinition::overall).map(ItemDefinition::code).findFirst().orElse("");
        List<ReportContent.WeakItem> weakest = weakItems(itemRows,
                IndicatorCalculator.effectiveWeights(items, now.answered), now.items, itemTargets).stream()
                .map(w -> withCause(w, ids, month, overall)).toList();
        List<ReportContent.TrendPoint> trend = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            YearMonth m = month.minusMonths(i);
            trend.add(new ReportContent.TrendPoint(m, i == 0 ? now.figures.index() : pooled(ids, m).figures.index()));
        }
        List<ReportContent.Quote> negativeShown = informative(quotes(ids, month, overall, false), List.of(), false);
        return new ReportContent(unitName, unitCode, month, now.figures, before.figures, target,
                staff.stream().map(StaffRef::postCode).distinct().count() > 1, itemRows, weakest,
                hotSpots(ids, month, overall), CommentThemes.count(negativeComments(ids, month, overall)),
                CommentThemes.count(negativeComments(ids, month.minusMonths(1), overall)),
                negativeShown, informative(quotes(ids, month, overall, true), texts(negativeShown), true),
                trend, ReportContent.Breakdown.NONE);
    }

    /** The pooled figures of a unit below the reported one, as one breakdown row. */
    ReportContent.UnitRow unitRow(String name, String code, List<StaffRef> staff, YearMonth month) {
        List<Long> ids = staff.stream().map(StaffRef::id).toList();
        Pooled now = pooled(ids, month);
        return new ReportContent.UnitRow(name, code, now.figures.callbacks(), now.figures.index(),
                now.figures.satisfactionRate(), indexTarget(staff, now), pooled(ids, month.minusMonths(1)).figures.index());
    }

    /** The weak items in the order of the indicators (largest weighted gap first), at most {@link #WEAK_ITEMS}. */
    private static List<ReportContent.WeakItem> weakItems(List<ReportContent.ItemRow> rows, List<ItemDefinition> weighted,
                                                          Map<String, ItemTotals> totals, Map<String, Double> targets) {
        Map<String, ReportContent.ItemRow> byCode = rows.stream()
                .collect(Collectors.toMap(r -> r.item().code(), Function.identity()));
        Map<String, Double> weights = new HashMap<>();
        weighted.stream().filter(ItemDefinition::weighted).forEach(i -> weights.put(i.code(), i.weight()));
        return IndicatorCalculator.weakItems(weighted, totals, targets).stream().limit(WEAK_ITEMS).map(code -> {
            ReportContent.ItemRow row = byCode.get(code);
            double weight = weights.get(code);
            return new ReportContent.WeakItem(row, weight, weight * (row.target() - row.mean()), 0, null);
        }).toList();
    }

    private ReportContent.WeakItem withCause(ReportContent.WeakItem weak, List<Long> ids, YearMonth month, String overall) {
        List<String> comments = jdbc.query("select c.comment_text from satisfaction_callback c where c.staff_id in (:staff) "
                        + "and c.service_date between :from and :to and c.comment_text is not null and exists ("
                        + "select 1 from satisfaction_answer a where a.callback_id = c.id and a.item_code = :item "
                        + "and a.satisfied = false)",
                params(ids, month, overall).addValue("item", weak.row().item().code()), (rs, i) -> rs.getString(1));
        List<ReportContent.Theme> themes = CommentThemes.count(comments);
        return new ReportContent.WeakItem(weak.row(), weak.weight(), weak.gap(), comments.size(),
                themes.isEmpty() ? null : themes.get(0));
    }

    private record Pooled(ReportContent.Figures figures, Map<String, ItemTotals> items, Map<Long, Long> validByStaff,
                          List<IndicatorCalculator.Answered> answered) {
    }

    private Pooled pooled(List<Long> ids, YearMonth month) {
        Period period = Period.of(month);
        Map<Long, RollupStore.StaffTotals> byStaff = rollups.totals(ids, period.from(), period.to());
        RollupStore.StaffTotals pooled = byStaff.values().stream()
                .reduce(RollupStore.StaffTotals.NONE, RollupStore.StaffTotals::plus);
        Map<String, ItemTotals> items = pooled.items();
        long attempted = pooled.counts().attempted();
        long valid = pooled.counts().valid();
        long timely = pooled.counts().timely();
        Map<Long, QuestionnaireDetails> versions = questionnaires.byId();
        ItemTotals overall = pooled.overall(versions);
        List<IndicatorCalculator.Answered> answered = pooled.answered(versions);
        Map<Long, Long> validByStaff = new HashMap<>();
        byStaff.forEach((id, t) -> validByStaff.put(id, t.counts().valid()));
        return new Pooled(new ReportContent.Figures(attempted, valid, IndicatorCalculator.rate(valid, attempted),
                IndicatorCalculator.rate(timely, attempted), IndicatorCalculator.index(answered),
                IndicatorCalculator.rate(overall.satisfied(), overall.answers())), items, validByStaff, answered);
    }

    /** The members' post targets, weighted by their valid callbacks (plain average when there are none). */
    private double indexTarget(List<StaffRef> staff, Pooled now) {
        Map<String, PostDetails> posts = org.posts().stream().collect(Collectors.toMap(PostDetails::code, Function.identity()));
        double weighted = 0;
        double weights = 0;
        for (StaffRef s : staff) {
            double w = now.validByStaff.getOrDefault(s.id(), 0L);
            weighted += w * posts.get(s.postCode()).indexTarget().doubleValue();
            weights += w;
        }
        if (weights == 0) {
            return staff.stream().mapToDouble(s -> posts.get(s.postCode()).indexTarget().doubleValue()).average().orElse(85);
        }
        return weighted / weights;
    }

    private Map<String, Double> itemTargets(List<StaffRef> staff, Pooled now, List<ItemDefinition> items) {
        Map<String, PostDetails> posts = org.posts().stream().collect(Collectors.toMap(PostDetails::code, Function.identity()));
        Map<String, Map<String, Double>> byPost = new HashMap<>();
        double indexTarget = indexTarget(staff, now);
        Map<String, Double> result = new HashMap<>();
        for (ItemDefinition item : items) {
            double weighted = 0;
            double weights = 0;
            for (StaffRef s : staff) {
                double w = now.validByStaff.getOrDefault(s.id(), 0L);
                double postTarget = posts.get(s.postCode()).indexTarget().doubleValue();
                double t = byPost.computeIfAbsent(s.postCode(), targets::targetsOf).getOrDefault(item.code(), postTarget);
                weighted += w * t;
                weights += w;
            }
            result.put(item.code(), weights == 0 ? indexTarget : weighted / weights);
        }
        return result;
    }

    private MapSqlParameterSource params(List<Long> ids, YearMonth month, String overall) {
        return new MapSqlParameterSource("staff", ids.isEmpty() ? List.of(-1L) : ids)
                .addValue("from", Date.valueOf(month.atDay(1))).addValue("to", Date.valueOf(month.atEndOfMonth()))
                .addValue("overall", overall);
    }

    private List<ReportContent.HotSpot> hotSpots(List<Long> ids, YearMonth month, String overall) {
        List<ReportContent.HotSpot> spots = jdbc.query("select c.service_type, c.channel, "
                + "sum(case when c.complaint then 1 else 0 end), sum(case when " + LOW_OVERALL + " then 1 else 0 end) "
                + "from satisfaction_callback c where c.staff_id in (:staff) and c.service_date between :from and :to "
                + "group by c.service_type, c.channel", params(ids, month, overall), (rs, i) -> new ReportContent.HotSpot(
                ServiceType.valueOf(rs.getString(1)), Channel.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)));
        return spots.stream().filter(s -> s.complaints() + s.dissatisfied() > 0)
                .sorted(Comparator.comparingLong((ReportContent.HotSpot s) -> s.complaints() + s.dissatisfied()).reversed())
                .toList();
    }

    /** Comments of complaining or low-scoring callbacks: what the comment themes are counted over. */
    private List<String> negativeComments(List<Long> ids, YearMonth month, String overall) {
        return jdbc.query("select c.comment_text from satisfaction_callback c where c.staff_id in (:staff) "
                        + "and c.service_date between :from and :to and c.comment_text is not null "
                        + "and (c.complaint = true or " + LOW_OVERALL + ")",
                params(ids, month, overall), (rs, i) -> rs.getString(1));
    }

    /**
     * Comments chosen by the callback's overall score, never by their words: dissatisfied callbacks score low
     * ({@link #LOW_OVERALL}), satisfied ones answer the overall item at or above its threshold without a complaint.
     */
    private List<ReportContent.Quote> quotes(List<Long> ids, YearMonth month, String overall, boolean satisfied) {
        String condition = satisfied
                ? "c.complaint = false and exists (select 1 from satisfaction_answer a where a.callback_id = c.id "
                        + "and a.item_code = :overall and a.satisfied = true)"
                : LOW_OVERALL;
        return jdbc.query("select c.comment_text, c.service_date, c.service_type, o.answer, o.scale "
                        + "from satisfaction_callback c join satisfaction_answer o on o.callback_id = c.id "
                        + "and o.item_code = :overall where c.staff_id in (:staff) "
                        + "and c.service_date between :from and :to and c.comment_text is not null and " + condition
                        + " order by c.service_date desc, c.id desc limit 2000",
                params(ids, month, overall), (rs, i) -> new ReportContent.Quote(rs.getString(1),
                        rs.getDate(2).toLocalDate(), ServiceType.valueOf(rs.getString(3)), rs.getInt(4),
                        Scale.valueOf(rs.getString(5))));
    }

    /** Words that say nothing a manager can act on ("一般吧", "还可以吧，没什么意见"). */
    static final List<String> FILLERS = List.of("没什么意见", "没意见", "没什么", "一般", "还可以", "还行", "可以", "挺好",
            "很好", "不错", "满意", "凑合", "就那样", "非常", "吧", "的", "了", "啊", "呢", "哦", "嗯");
    /** Letters or digits a quote keeps once its fillers are taken out. */
    private static final int SUBSTANCE = 4;

    /**
     * The quotes worth reading: distinct, none already shown elsewhere, with content ({@link #hasContent}); the most dissatisfied (lowest overall score) or the most satisfied (highest)
     * first, then the newest.
     */
    static List<ReportContent.Quote> informative(List<ReportContent.Quote> quotes, List<String> shown, boolean satisfied) {
        java.util.Set<String> seen = new java.util.HashSet<>(shown.stream().map(String::strip).toList());
        Comparator<ReportContent.Quote> byScore = Comparator.comparingDouble(ReportContent.Quote::normalised);
        return quotes.stream().filter(ReportBuilder::hasContent)
                .sorted((satisfied ? byScore.reversed() : byScore)
                        .thenComparing(ReportContent.Quote::date, Comparator.reverseOrder()))
                .filter(q -> seen.add(q.text().strip()))
                .limit(VERBATIM).toList();
    }

    /** At least {@link #MIN_QUOTE} letters or digits, and more than fillers. */
    static boolean hasContent(ReportContent.Quote quote) {
        String rest = quote.text();
        for (String filler : FILLERS) {
            rest = rest.replace(filler, "");
        }
        return letters(quote.text()) >= MIN_QUOTE && letters(rest) >= SUBSTANCE;
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static List<String> texts(List<ReportContent.Quote> quotes) {
        return quotes.stream().map(ReportContent.Quote::text).toList();
    }
}
