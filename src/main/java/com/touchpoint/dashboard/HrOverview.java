package com.touchpoint.dashboard;

import com.touchpoint.incentive.IncentiveSchemes;
import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.incentive.MonthState;
import com.touchpoint.incentive.SchemeVersion;
import com.touchpoint.incentive.Statement;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HR home's figures, read through the incentive feature's own services (which let only HR read statements):
 * the latest calculated months with their workflow state, the latest month's totals per team, and the scheme
 * version in force for each post.
 */
@Service
public class HrOverview {

    static final int MONTHS_SHOWN = 6;

    private final IncentiveStatements statements;
    private final IncentiveSchemes schemes;
    private final OrgStructure org;
    private final OperatorTime time;

    HrOverview(IncentiveStatements statements, IncentiveSchemes schemes, OrgStructure org, OperatorTime time) {
        this.statements = statements;
        this.schemes = schemes;
        this.org = org;
        this.time = time;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('HR')")
    public HrFigures figures() {
        List<MonthState> months = statements.months();
        MonthState latest = months.isEmpty() ? null : months.get(0);
        List<TeamIncentives> teams = latest == null ? List.of() : byTeam(statements.ofMonth(latest.month()));
        List<SchemeVersion> versions = schemes.versions();
        YearMonth now = time.currentMonth();
        List<PostScheme> inForce = org.posts().stream().map(post -> schemeOf(post, versions, now)).toList();
        return new HrFigures(months.stream().limit(MONTHS_SHOWN).toList(), latest, teams, inForce, now);
    }

    /** Totals per team in the order of the statements (team code), so the chart and the grid list teams alike. */
    static List<TeamIncentives> byTeam(List<Statement> statements) {
        Map<String, List<Statement>> teams = new LinkedHashMap<>();
        statements.forEach(s -> teams.computeIfAbsent(s.teamCode(), code -> new ArrayList<>()).add(s));
        return teams.values().stream().map(rows -> new TeamIncentives(rows.get(0).teamCode(), rows.get(0).teamName(),
                rows.size(), sum(rows, Statement::calculated), sum(rows, Statement::adjustment),
                sum(rows, Statement::finalAmount))).toList();
    }

    private static BigDecimal sum(List<Statement> rows, java.util.function.Function<Statement, BigDecimal> figure) {
        return rows.stream().map(figure).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The latest version effective on or before this month, and the next one if HR already added it. */
    static PostScheme schemeOf(PostDetails post, List<SchemeVersion> versions, YearMonth month) {
        List<SchemeVersion> own = versions.stream().filter(v -> v.postCode().equals(post.code()))
                .sorted(Comparator.comparing(SchemeVersion::effectiveFrom)).toList();
        SchemeVersion current = null;
        SchemeVersion next = null;
        for (SchemeVersion v : own) {
            if (!v.effectiveFrom().isAfter(month)) {
                current = v;
            } else if (next == null) {
                next = v;
            }
        }
        return new PostScheme(post, current, next);
    }

    /**
     * What the HR home shows. {@code latest} is the newest calculated month (null when none is), {@code teams} its
     * totals per team; {@code month} is the current month, for which {@code schemes} says what is in force.
     */
    public record HrFigures(List<MonthState> months, MonthState latest, List<TeamIncentives> teams,
                            List<PostScheme> schemes, YearMonth month) {

        public TeamIncentives total() {
            return new TeamIncentives("", "", teams.stream().mapToInt(TeamIncentives::statements).sum(),
                    teams.stream().map(TeamIncentives::calculated).reduce(BigDecimal.ZERO, BigDecimal::add),
                    teams.stream().map(TeamIncentives::adjustments).reduce(BigDecimal.ZERO, BigDecimal::add),
                    teams.stream().map(TeamIncentives::finalAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** A team's statements of a month: how many, and the sums of the calculated, adjusted and final amounts. */
    public record TeamIncentives(String teamCode, String teamName, int statements, BigDecimal calculated,
                                 BigDecimal adjustments, BigDecimal finalAmount) {
    }

    /** A post's scheme in force this month (null while it has none) and the next version already added (or null). */
    public record PostScheme(PostDetails post, SchemeVersion inForce, SchemeVersion next) {
    }
}
