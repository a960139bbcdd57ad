package com.touchpoint.satisfaction;

import com.touchpoint.shared.Band;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that computes satisfaction indicators (INDICATORS.md); the UI, the API, the report
 * and the incentives all read them here. Figures come from the rollups, never from raw callbacks; one person's or
 * one team's figures read only their own rollups and the post's level, kept by {@link PostLevels}.
 */
@Service
public class IndicatorService {

    static final int KEPT_POST_PERIODS = 10;

    private final StaffDirectory directory;
    private final Questionnaires questionnaires;
    private final RollupStore rollups;
    private final PostLevels levels;
    private final SatisfactionTargets targets;
    private final IndicatorProperties properties;
    /** Everyone's figures on a post in a period, by the post's targets too, so that new targets are a new key. */
    private final CachedValues<PostPeriod, EveryoneOnPost> everyoneOnPost;

    private record PostPeriod(String postCode, Period period, SatisfactionTargets.PostTargets targets) {
    }

    IndicatorService(StaffDirectory directory, Questionnaires questionnaires, RollupStore rollups, PostLevels levels,
                     SatisfactionTargets targets, IndicatorProperties properties,
                     PlatformTransactionManager transactions) {
        this.directory = directory;
        this.questionnaires = questionnaires;
        this.rollups = rollups;
        this.levels = levels;
        this.targets = targets;
        this.properties = properties;
        // the months an incentive run, the badges and the quality home read: the last two of every post
        this.everyoneOnPost = CachedValues.inCallersTransaction(transactions, Clock.systemUTC(), CachedValue.KEPT_FOR,
                KEPT_POST_PERIODS, this::everyoneOn);
        levels.alsoEvict(everyoneOnPost::evict);
    }

    public int minSample() {
        return properties.minSample();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOf(#staffId)")
    public StaffIndicators forStaff(long staffId, Period period) {
        StaffRef member = member(staffId);
        var totals = rollups.totals(List.of(staffId), period.from(), period.to());
        return figures(member.postCode(), period, levels.of(member.postCode(), period)).of(member, totals);
    }

    /** The last {@code months} months up to and including {@code lastMonth}, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOf(#staffId)")
    public List<MonthlyFigure> trend(long staffId, YearMonth lastMonth, int months) {
        StaffRef member = member(staffId);
        YearMonth first = lastMonth.minusMonths(months - 1L);
        var monthly = rollups.monthlyTotals(List.of(staffId), first.atDay(1), lastMonth.atEndOfMonth());
        List<MonthlyFigure> trend = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            Period period = Period.of(month);
            StaffIndicators s = figures(member.postCode(), period, levels.of(member.postCode(), period))
                    .of(member, monthly.getOrDefault(month, Map.of()));
            trend.add(new MonthlyFigure(month, s.callbacks(), s.index(), s.adjustedIndex()));
        }
        return trend;
    }

    private StaffRef member(long staffId) {
        return directory.ref(staffId).orElseThrow(() -> new NotFoundException("staff.not-found", staffId));
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
        List<StaffRef> members = activeMembers(teamId);
        return ofTeam(members, period, rollups.totals(ids(members), period.from(), period.to()));
    }

    /**
     * Indicators of every active member of a team in each of the last {@code months} months up to and including
     * {@code lastMonth}, oldest first, each month as {@link #forTeam} gives it; read in one go.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canReadIndicatorsOfTeam(#teamId)")
    public Map<YearMonth, List<StaffIndicators>> forTeamByMonth(long teamId, YearMonth lastMonth, int months) {
        List<StaffRef> members = activeMembers(teamId);
        YearMonth first = lastMonth.minusMonths(months - 1L);
        var monthly = rollups.monthlyTotals(ids(members), first.atDay(1), lastMonth.atEndOfMonth());
        Map<YearMonth, List<StaffIndicators>> byMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            byMonth.put(month, ofTeam(members, Period.of(month), monthly.getOrDefault(month, Map.of())));
        }
        return byMonth;
    }

    private List<StaffRef> activeMembers(long teamId) {
        return directory.teamRefs(teamId).stream().filter(StaffRef::active).toList();
    }

    private static List<Long> ids(List<StaffRef> members) {
        return members.stream().map(StaffRef::id).toList();
    }

    private List<StaffIndicators> ofTeam(List<StaffRef> members, Period period,
                                         Map<Long, RollupStore.StaffTotals> totals) {
        Map<String, PostFigures> posts = new HashMap<>();
        return members.stream().map(member -> posts.computeIfAbsent(member.postCode(),
                post -> figures(post, period, levels.of(post, period))).of(member, totals)).toList();
    }

    /**
     * Indicators of every active staff member of a post, by employee number: only for those who see everyone and
     * for an incentive run.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsEveryonesFigures()")
    public List<StaffIndicators> forPost(String postCode, Period period) {
        PostPeriod key = new PostPeriod(postCode, period, targets.of(postCode));
        EveryoneOnPost kept = everyoneOnPost.get(key);
        if (kept.changed().isEmpty()) {
            return kept.figures();
        }
        EveryoneOnPost current = kept.refreshed(rollups.totals(kept.changed(), period.from(), period.to()),
                (staff, totals) -> figuresOfEveryone(key, staff, totals));
        everyoneOnPost.replace(key, kept, current);
        return current.figures();
    }

    /**
     * Kept like the post levels (evicted with them, by rebuilds, questionnaire versions and any change to a staff
     * member's record): an incentive run, the badges and the quality home read the same months again. New
     * callbacks only mark their staff, whose totals the next read brings up to date.
     */
    private EveryoneOnPost everyoneOn(PostPeriod key) {
        Period period = key.period();
        List<StaffRef> staff = directory.withPost(key.postCode());
        var totals = rollups.totals(staff.stream().map(StaffRef::id).toList(), period.from(), period.to());
        return EveryoneOnPost.of(period, staff, totals, (all, t) -> figuresOfEveryone(key, all, t));
    }

    private List<StaffIndicators> figuresOfEveryone(PostPeriod key, List<StaffRef> staff,
                                                    Map<Long, RollupStore.StaffTotals> totals) {
        PostFigures figures = new PostFigures(questionnaires.current().items(), questionnaires.byId(), key.targets(),
                key.period(), levels.of(totals), properties);
        return staff.stream().filter(StaffRef::active).sorted(Comparator.comparing(StaffRef::employeeNo))
                .map(m -> figures.of(m, totals)).toList();
    }

    @EventListener
    void on(CallbacksStored stored) {
        everyoneOnPost.mark((key, kept) -> kept.withChanged(stored.days()));
    }

    /**
     * The leaderboard ranking of a post by adjusted index for any signed-in user: active staff with at least the
     * minimum sample, with the exact figure only for the top band; below it only band membership leaves here.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PostRanking ranking(String postCode, YearMonth month) {
        Period period = Period.of(month);
        var totals = rollups.totals(directory.idsWithPost(postCode), period.from(), period.to());
        PostFigures figures = figures(postCode, period, levels.of(totals));
        record Ranked(long staffId, double value) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (long staffId : directory.activeIdsWithPost(postCode)) {
            Double adjusted = figures.rankable(totals.getOrDefault(staffId, RollupStore.StaffTotals.NONE));
            if (adjusted != null) {
                ranked.add(new Ranked(staffId, adjusted));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::value).reversed().thenComparingLong(Ranked::staffId));
        List<PostRanking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Band band = Band.of(i, ranked.size());
            boolean top = band == Band.TOP_10;
            entries.add(new PostRanking.Entry(ranked.get(i).staffId(), band, top ? i + 1 : null,
                    top ? BigDecimal.valueOf(ranked.get(i).value()).setScale(2, RoundingMode.HALF_UP) : null));
        }
        return new PostRanking(postCode, month.toString(), entries);
    }

    private PostFigures figures(String postCode, Period period, PostLevel level) {
        return new PostFigures(questionnaires.current().items(), questionnaires.byId(), targets.of(postCode), period,
                level, properties);
    }

    /** A post's figures in one period: each staff member's own totals set against the post's level. */
    private static final class PostFigures {
        private final List<ItemDefinition> items;
        private final Map<Long, QuestionnaireDetails> versions;
        private final double postTarget;
        private final Map<String, Double> itemTargets = new HashMap<>();
        private final Period period;
        private final PostLevel level;
        private final IndicatorProperties properties;

        PostFigures(List<ItemDefinition> items, Map<Long, QuestionnaireDetails> versions,
                    SatisfactionTargets.PostTargets targets, Period period, PostLevel level,
                    IndicatorProperties properties) {
            this.items = items;
            this.versions = versions;
            this.postTarget = targets.indexTarget();
            items.forEach(i -> itemTargets.put(i.code(), targets.itemTarget(i.code())));
            this.period = period;
            this.level = level;
            this.properties = properties;
        }

        /** The adjusted index of a staff member with at least the minimum sample, otherwise null. */
        Double rankable(RollupStore.StaffTotals totals) {
            return totals.counts().valid() < properties.minSample() ? null
                    : level.adjusted(totals, versions, properties);
        }

        StaffIndicators of(StaffRef member, Map<Long, RollupStore.StaffTotals> byStaff) {
            RollupStore.StaffTotals staffTotals = byStaff.getOrDefault(member.id(), RollupStore.StaffTotals.NONE);
            RollupStore.Counts counts = staffTotals.counts();
            Map<String, ItemTotals> totals = staffTotals.items();
            List<IndicatorCalculator.Answered> answered = staffTotals.answered(versions);
            long n = counts.valid();
            Double index = IndicatorCalculator.index(answered);
            Double adjusted = level.adjusted(staffTotals, versions, properties);
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
                    index, level.postIndex(), adjusted, postTarget, adjusted == null ? null : adjusted / postTarget,
                    IndicatorCalculator.rate(overall.satisfied(), overall.answers()),
                    interval == null ? null : interval[0], interval == null ? null : interval[1],
                    IndicatorCalculator.tScore(adjusted, n, properties.minSample(), level.peers()), itemFigures,
                    IndicatorCalculator.weakItems(IndicatorCalculator.effectiveWeights(items, answered), totals,
                            itemTargets));
        }
    }
}
