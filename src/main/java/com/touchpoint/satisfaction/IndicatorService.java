package com.touchpoint.satisfaction;

import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
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
    private final OrgStructure org;
    private final Questionnaires questionnaires;
    private final RollupStore rollups;
    private final ItemTargetStore targets;
    private final IndicatorProperties properties;

    IndicatorService(StaffDirectory directory, OrgStructure org, Questionnaires questionnaires, RollupStore rollups,
                     ItemTargetStore targets, IndicatorProperties properties) {
        this.directory = directory;
        this.org = org;
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
        List<MonthlyFigure> trend = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            java.time.YearMonth month = lastMonth.minusMonths(i);
            StaffIndicators s = postContext(member.postCode(), Period.of(month)).indicatorsOf(member);
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

    /** Indicators of every active staff member of a post, by employee number: only for those who see everyone. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.seesEveryone()")
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
        PostDetails post = org.posts().stream().filter(p -> p.code().equals(postCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown post " + postCode));
        List<Long> staffIds = directory.idsWithPost(postCode);
        List<ItemDefinition> items = questionnaires.current().items();
        double postTarget = post.indexTarget().doubleValue();
        Map<String, Double> itemTargets = new HashMap<>();
        Map<String, Double> stored = targets.targetsOf(postCode);
        items.forEach(i -> itemTargets.put(i.code(), stored.getOrDefault(i.code(), postTarget)));
        return new PostContext(items, postTarget, itemTargets, period,
                rollups.dayTotals(staffIds, period.from(), period.to()),
                rollups.itemTotals(staffIds, period.from(), period.to()), properties);
    }

    /** Everything pooled over one post in one period: the post's level and the peers for standard scores. */
    private static final class PostContext {
        private final List<ItemDefinition> items;
        private final double postTarget;
        private final Map<String, Double> itemTargets;
        private final Period period;
        private final Map<Long, RollupStore.Counts> days;
        private final Map<Long, Map<String, ItemTotals>> itemsByStaff;
        private final IndicatorProperties properties;
        private final Double postIndex;
        private final List<Double> peers = new ArrayList<>();

        PostContext(List<ItemDefinition> items, double postTarget, Map<String, Double> itemTargets, Period period,
                    Map<Long, RollupStore.Counts> days, Map<Long, Map<String, ItemTotals>> itemsByStaff,
                    IndicatorProperties properties) {
            this.items = items;
            this.postTarget = postTarget;
            this.itemTargets = itemTargets;
            this.period = period;
            this.days = days;
            this.itemsByStaff = itemsByStaff;
            this.properties = properties;
            Map<String, ItemTotals> pooled = new HashMap<>();
            itemsByStaff.values().forEach(m -> m.forEach((code, t) -> pooled.merge(code, t, ItemTotals::plus)));
            this.postIndex = IndicatorCalculator.index(items, pooled);
            days.forEach((staffId, counts) -> {
                if (counts.b() >= properties.minSample()) {
                    peers.add(adjusted(staffId));
                }
            });
        }

        private Double adjusted(long staffId) {
            long n = days.getOrDefault(staffId, new RollupStore.Counts(0, 0, 0)).b();
            Double index = IndicatorCalculator.index(items, itemsByStaff.getOrDefault(staffId, Map.of()));
            return IndicatorCalculator.adjusted(n, index, postIndex, properties.priorStrength());
        }

        /** The adjusted index of a staff member with at least the minimum sample, otherwise null. */
        Double rankable(long staffId) {
            long n = days.getOrDefault(staffId, new RollupStore.Counts(0, 0, 0)).b();
            return n < properties.minSample() ? null : adjusted(staffId);
        }

        StaffIndicators indicatorsOf(StaffRef member) {
            RollupStore.Counts counts = days.getOrDefault(member.id(), new RollupStore.Counts(0, 0, 0));
            Map<String, ItemTotals> totals = itemsByStaff.getOrDefault(member.id(), Map.of());
            long n = counts.b();
            Double index = IndicatorCalculator.index(items, totals);
            Double adjusted = adjusted(member.id());
            ItemTotals overall = items.stream().filter(ItemDefinition::overall).findFirst()
                    .map(i -> totals.getOrDefault(i.code(), ItemTotals.NONE)).orElse(ItemTotals.NONE);
            double[] interval = IndicatorCalculator.wilson(overall.satisfied(), overall.answers());
            List<ItemIndicator> itemFigures = items.stream().map(i -> {
                ItemTotals t = totals.getOrDefault(i.code(), ItemTotals.NONE);
                return new ItemIndicator(i.code(), t.answers(), t.mean(),
                        IndicatorCalculator.rate(t.satisfied(), t.answers()), itemTargets.get(i.code()));
            }).toList();
            return new StaffIndicators(member.id(), member.employeeNo(), member.name(), member.postCode(), period,
                    counts.a(), n, IndicatorCalculator.rate(n, counts.a()), IndicatorCalculator.rate(counts.c(), counts.a()),
                    index, postIndex, adjusted, postTarget, adjusted == null ? null : adjusted / postTarget,
                    IndicatorCalculator.rate(overall.satisfied(), overall.answers()),
                    interval == null ? null : interval[0], interval == null ? null : interval[1],
                    IndicatorCalculator.tScore(adjusted, n, properties.minSample(), peers),
                    itemFigures, IndicatorCalculator.weakItems(items, totals, itemTargets));
        }
    }
}
