package com.touchpoint.dashboard;

import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackImportSummary;
import com.touchpoint.satisfaction.CallbackReportSummary;
import com.touchpoint.satisfaction.CallbackReports;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.QualityRates;
import com.touchpoint.satisfaction.ResponseRates;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.PostDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quality home's figures, read through the satisfaction feature's services under the quality team's own
 * rights: the last callback imports, last month's response and timeliness rates, the last callback reports, and
 * last month's weakest questionnaire items across teams. The items come from one indicator read per post and one
 * read of everyone's team (not a read per team), so their cost does not grow with the number of teams.
 */
@Service
public class QualityOverview {

    static final int IMPORTS_SHOWN = 5;
    static final int REPORTS_SHOWN = 5;

    private final CallbackFileImport imports;
    private final QualityRates rates;
    private final CallbackReports reports;
    private final IndicatorService indicators;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final OperatorTime time;

    QualityOverview(CallbackFileImport imports, QualityRates rates, CallbackReports reports,
                    IndicatorService indicators, StaffDirectory directory, OrgStructure org, OperatorTime time) {
        this.imports = imports;
        this.rates = rates;
        this.reports = reports;
        this.indicators = indicators;
        this.directory = directory;
        this.org = org;
        this.time = time;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public QualityFigures figures() {
        YearMonth month = time.currentMonth().minusMonths(1);
        List<ResponseRates> teams = rates.byTeam(month);
        ResponseRates total = new ResponseRates("", teams.stream().mapToLong(ResponseRates::attempted).sum(),
                teams.stream().mapToLong(ResponseRates::responded).sum(),
                teams.stream().mapToLong(ResponseRates::timely).sum());
        return new QualityFigures(month, imports.history(IMPORTS_SHOWN), total, teams, reports.list(REPORTS_SHOWN),
                itemGaps(Period.of(month)));
    }

    /** Answers pooled over callbacks: their count and the sums of their scores and of their items' targets. */
    private static final class Pool {
        long answers;
        double scoreSum;
        double targetSum;

        void add(ItemIndicator item) {
            answers += item.answers();
            scoreSum += item.mean() * item.answers();
            targetSum += item.target() * item.answers();
        }

        double mean() {
            return scoreSum / answers;
        }

        /** Target minus mean in points, each answer held against the target of its staff member's post. */
        double gap() {
            return (targetSum - scoreSum) / answers;
        }
    }

    private ItemGaps itemGaps(Period period) {
        List<ItemDefinition> items = indicators.items().stream().filter(ItemDefinition::weighted).toList();
        Map<String, Pool> all = new HashMap<>();
        Map<Long, Map<String, Pool>> byTeam = new LinkedHashMap<>();
        Map<Long, Long> teamOf = directory.search(new StaffFilter("", null, null, true), Pageable.unpaged())
                .stream().collect(Collectors.toMap(StaffDetails::id, StaffDetails::teamId));
        for (PostDetails post : org.posts()) {
            for (StaffIndicators staff : indicators.forPost(post.code(), period)) {
                Map<String, Pool> team = byTeam.computeIfAbsent(teamOf.get(staff.staffId()), id -> new HashMap<>());
                for (ItemIndicator item : staff.items()) {
                    if (item.answers() > 0 && item.mean() != null) {
                        all.computeIfAbsent(item.code(), code -> new Pool()).add(item);
                        team.computeIfAbsent(item.code(), code -> new Pool()).add(item);
                    }
                }
            }
        }
        Map<Long, OrgUnitDetails> teams = org.teams().stream()
                .collect(Collectors.toMap(OrgUnitDetails::id, Function.identity()));
        List<OrgUnitDetails> answeringTeams = byTeam.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> teams.get(e.getKey())).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(OrgUnitDetails::code)).toList();
        List<WeakItem> weak = new ArrayList<>();
        for (ItemDefinition item : items) {
            Pool pooled = all.get(item.code());
            if (pooled == null) {
                continue;
            }
            int below = 0;
            int answered = 0;
            OrgUnitDetails weakest = null;
            double weakestGap = Double.NEGATIVE_INFINITY;
            for (OrgUnitDetails team : answeringTeams) {
                Pool own = byTeam.get(team.id()).get(item.code());
                if (own == null) {
                    continue;
                }
                answered++;
                if (own.gap() > 0) {
                    below++;
                }
                if (own.gap() > weakestGap) {
                    weakestGap = own.gap();
                    weakest = team;
                }
            }
            weak.add(new WeakItem(item, pooled.answers, pooled.mean(), pooled.mean() + pooled.gap(), pooled.gap(),
                    item.weight() * pooled.gap(), below, answered, weakest == null ? null : weakest.name(),
                    weakest == null ? null : weakestGap));
        }
        weak.sort(Comparator.comparingDouble(WeakItem::weightedGap).reversed());
        List<List<Double>> cells = answeringTeams.stream().map(team -> weak.stream().map(w -> {
            Pool own = byTeam.get(team.id()).get(w.item().code());
            return own == null ? null : -own.gap();
        }).toList()).toList();
        return new ItemGaps(weak, answeringTeams.stream().map(OrgUnitDetails::name).toList(), cells);
    }

    /**
     * What the quality home shows for {@code month} (last month): the latest imports, the response and timeliness
     * rates in total (named "") and per team, the latest callback reports the user may see, and the item gaps.
     */
    public record QualityFigures(YearMonth month, List<CallbackImportSummary> imports, ResponseRates total,
                                 List<ResponseRates> teams, List<CallbackReportSummary> reports, ItemGaps items) {
    }

    /**
     * Every weighted item ordered by weight × gap, largest first, and per team (by team code) each item's mean
     * minus its target in the same item order: {@code teamScores.get(team).get(item)}, null without answers.
     */
    public record ItemGaps(List<WeakItem> weakest, List<String> teams, List<List<Double>> teamScores) {
    }

    /**
     * One item over every team's callbacks of the month: answers, mean score (0–100), the answer-weighted target,
     * the gap (target − mean, in points; positive means under target), weight × gap, how many of the teams with
     * answers are under target, and the team furthest under it (with its gap).
     */
    public record WeakItem(ItemDefinition item, long answers, double mean, double target, double gap,
                           double weightedGap, int teamsBelow, int teamsAnswered, String weakestTeam,
                           Double weakestTeamGap) {

        public boolean belowTarget() {
            return gap > 0;
        }
    }
}
