package com.touchpoint.satisfaction;

import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that computes satisfaction indicators (INDICATORS.md); the UI, the API, the report
 * and the incentives all read them here. Figures come from the daily rollups, never from raw callbacks.
 */
@Service
public class IndicatorService {

    private final StaffDirectory directory;
    private final Questionnaires questionnaires;
    private final RollupStore rollups;
    private final SatisfactionTargets targets;
    private final IndicatorProperties properties;

    IndicatorService(StaffDirectory directory, Questionnaires questionnaires, RollupStore rollups,
                     SatisfactionTargets targets, IndicatorProperties properties) {
        this.directory = directory;
        this.questionnaires = questionnaires;
        this.rollups = rollups;
        this.targets = targets;
        this.properties = properties;
    }

    public int minSample() {
        return properties.minSample();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOf(#staffId)")
    public StaffIndicators forStaff(long staffId, Period period) {
        StaffRef member = directory.ref(staffId).orElseThrow(() -> new NotFoundException("staff.not-found", staffId));
        return postContext(member.postCode(), period).indicatorsOf(member);
    }

    /** The last {@code months} months up to and including {@code lastMonth}, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOf(#staffId)")
    public List<MonthlyFigure> trend(long staffId, java.time.YearMonth lastMonth, int months) {
        StaffRef member = directory.ref(staffId).orElseThrow(() -> new NotFoundException("staff.not-found", staffId));
        java.time.YearMonth first = lastMonth.minusMonths(months - 1L);
        var monthly = rollups.monthlyTotals(directory.idsWithPost(member.postCode()), first.atDay(1),
                lastMonth.atEndOfMonth());
        List<MonthlyFigure> trend = new ArrayList<>();
        for (java.time.YearMonth month = first; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            StaffIndicators s = postContext(member.postCode(), Period.of(month), monthly.getOrDefault(month, Map.of()))
                    .indicatorsOf(member);
            trend.add(new MonthlyFigure(month, s.callbacks(), s.index(), s.adjustedIndex()));
        }
        return trend;
    }

    /** The items of the current questionnaire, in order. */
    @Transactional(readOnly = true)
    public List<ItemDefinition> items() {
        return questionnaires.current().items();
    }

    /** Indicators of every active member of a team, sorted by employee number. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOfTeam(#teamId)")
    public List<StaffIndicators> forTeam(long teamId, Period period) {
        Map<String, PostContext> contexts = new HashMap<>();
        List<StaffIndicators> result = new ArrayList<>();
        for (StaffRef member : directory.teamRefs(teamId)) {
            if (member.active()) {
                result.add(contexts.computeIfAbsent(member.postCode(), post -> postContext(post, period))
                        .indicatorsOf(member));
            }
        }
        return result;
    }

    /**
     * Indicators of every active staff member of a post, by employee number: only for those who see everyone and
     * for an incentive run.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsEveryonesFigures()")
    public List<StaffIndicators> forPost(String postCode, Period period) {
        PostContext context = postContext(postCode, period);
        return directory.withPost(postCode).stream().filter(StaffRef::active).map(context::indicatorsOf).toList();
    }

    /**
     * The leaderboard ranking of a post by adjusted index for any signed-in user: active staff with at least the
     * minimum sample, with the exact figure only for the top band; below it only band membership leaves here.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PostRanking ranking(String postCode, java.time.YearMonth month) {
        PostContext context = postContext(postCode, Period.of(month));
        record Ranked(long staffId, double value) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (long staffId : directory.activeIdsWithPost(postCode)) {
            Double adjusted = context.rankable(staffId);
            if (adjusted != null) {
                ranked.add(new Ranked(staffId, adjusted));
            }
        }
        ranked.sort(java.util.Comparator.comparingDouble(Ranked::value).reversed()
                .thenComparingLong(Ranked::staffId));
        List<PostRanking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            com.touchpoint.shared.Band band = com.touchpoint.shared.Band.of(i, ranked.size());
            boolean top = band == com.touchpoint.shared.Band.TOP_10;
            entries.add(new PostRanking.Entry(ranked.get(i).staffId(), band, top ? i + 1 : null,
                    top ? java.math.BigDecimal.valueOf(ranked.get(i).value()).setScale(2, java.math.RoundingMode.HALF_UP)
                            : null));
        }
        return new PostRanking(postCode, month.toString(), entries);
    }

    private PostContext postContext(String postCode, Period period) {
        List<Long> staffIds = directory.idsWithPost(postCode);
        return postContext(postCode, period, rollups.totals(staffIds, period.from(), period.to()));
    }

    private PostContext postContext(String postCode, Period period, Map<Long, RollupStore.StaffTotals> totals) {
        return new PostContext(questionnaires.current().items(), questionnaires.byId(), targets.of(postCode), period,
                totals, properties);
    }

    /** Everything pooled over one post in one period: the post's level and the peers for standard scores. */
    private static final class PostContext {
        private final List<ItemDefinition> items;
        private final Map<Long, QuestionnaireDetails> versions;
        private final double postTarget;
        private final Map<String, Double> itemTargets = new HashMap<>();
        private final Period period;
        private final Map<Long, RollupStore.StaffTotals> byStaff;
        private final IndicatorProperties properties;
        private final Double postIndex;
        private final List<Double> peers = new ArrayList<>();

        PostContext(List<ItemDefinition> items, Map<Long, QuestionnaireDetails> versions,
                    SatisfactionTargets.PostTargets targets, Period period, Map<Long, RollupStore.StaffTotals> byStaff,
                    IndicatorProperties properties) {
            this.items = items;
            this.versions = versions;
            this.postTarget = targets.indexTarget();
            items.forEach(i -> itemTargets.put(i.code(), targets.itemTarget(i.code())));
            this.period = period;
            this.byStaff = byStaff;
            this.properties = properties;
            RollupStore.StaffTotals pooled = byStaff.values().stream()
                    .reduce(RollupStore.StaffTotals.NONE, RollupStore.StaffTotals::plus);
            this.postIndex = IndicatorCalculator.index(pooled.answered(versions));
            byStaff.forEach((staffId, t) -> {
                if (t.counts().valid() >= properties.minSample()) {
                    peers.add(adjusted(staffId));
                }
            });
        }

        private RollupStore.StaffTotals totalsOf(long staffId) {
            return byStaff.getOrDefault(staffId, RollupStore.StaffTotals.NONE);
        }

        private Double adjusted(long staffId) {
            RollupStore.StaffTotals t = totalsOf(staffId);
            Double index = IndicatorCalculator.index(t.answered(versions));
            return IndicatorCalculator.adjusted(t.counts().valid(), index, postIndex, properties.priorStrength());
        }

        /** The adjusted index of a staff member with at least the minimum sample, otherwise null. */
        Double rankable(long staffId) {
            long n = totalsOf(staffId).counts().valid();
            return n < properties.minSample() ? null : adjusted(staffId);
        }

        StaffIndicators indicatorsOf(StaffRef member) {
            RollupStore.StaffTotals staffTotals = totalsOf(member.id());
            RollupStore.Counts counts = staffTotals.counts();
            Map<String, ItemTotals> totals = staffTotals.items();
            List<IndicatorCalculator.Answered> answered = staffTotals.answered(versions);
            long n = counts.valid();
            Double index = IndicatorCalculator.index(answered);
            Double adjusted = adjusted(member.id());
            ItemTotals overall = staffTotals.overall(versions);
            double[] interval = IndicatorCalculator.wilson(overall.satisfied(), overall.answers());
            List<ItemIndicator> itemFigures = items.stream().map(i -> {
                ItemTotals t = totals.getOrDefault(i.code(), ItemTotals.NONE);
                return new ItemIndicator(i.code(), t.answers(), t.mean(),
                        IndicatorCalculator.rate(t.satisfied(), t.answers()), itemTargets.get(i.code()));
            }).toList();
            return new StaffIndicators(member.id(), member.employeeNo(), member.name(), member.postCode(), period,
                    counts.attempted(), n, IndicatorCalculator.rate(n, counts.attempted()),
                    IndicatorCalculator.rate(counts.timely(), counts.attempted()),
                    index, postIndex, adjusted, postTarget, adjusted == null ? null : adjusted / postTarget,
                    IndicatorCalculator.rate(overall.satisfied(), overall.answers()),
                    interval == null ? null : interval[0], interval == null ? null : interval[1],
                    IndicatorCalculator.tScore(adjusted, n, properties.minSample(), peers), itemFigures,
                    IndicatorCalculator.weakItems(IndicatorCalculator.effectiveWeights(items, answered), totals,
                            itemTargets));
        }
    }
}
