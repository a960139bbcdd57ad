package com.touchpoint.dashboard;

import com.touchpoint.MutableClock;
import com.touchpoint.QueryCounter;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building the staff home costs a fixed number of database statements, however many assignments, sessions, action
 * items, kudos and callbacks the member has: a card that queried per row would cost more for the full home than for
 * the sparse one. Counted at the JDBC level once the settings caches are warm.
 */
@TouchpointTest
class StaffHomeQueryBudgetTests {

    /**
     * What the cards cost, each through its feature's service and access check (57 statements): the month's
     * indicators (4) and the six-month trend (4) from the member's own rollups with the post's level kept, the 90-day indicators behind the recommendations (6), assignments (3), the latest comments with their answers (3), kudos
     * received with the names (4), the allowance (2), sessions (3), open actions (2), the incentive estimate, which
     * reads the month's indicators, callbacks, kudos and training itself (18), and the signed-in account.
     */
    static final int BUDGET = 58;
    private static final Logger log = LoggerFactory.getLogger(StaffHomeQueryBudgetTests.class);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffHomeFigures figures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    com.touchpoint.satisfaction.IndicatorService indicators;
    @Autowired
    com.touchpoint.training.TrainingRecommendations recommendations;
    @Autowired
    com.touchpoint.training.TrainingAssignments assignments;
    @Autowired
    com.touchpoint.satisfaction.CallbackQueries callbacks;
    @Autowired
    com.touchpoint.recognition.RecognitionFeeds feeds;
    @Autowired
    com.touchpoint.recognition.KudosGiving kudos;
    @Autowired
    com.touchpoint.coaching.CoachingSessions sessions;
    @Autowired
    com.touchpoint.coaching.CoachingActions actions;
    @Autowired
    com.touchpoint.incentive.IncentiveStatements statements;

    /** Logs what each card's service costs inside one transaction, as the overview calls it, to see where a budget goes. */
    private void logBreakdown(StaffHomeData.Home home) {
        var member = home.member();
        long id = member.staffId();
        var month = StaffHomeData.MONTH;
        java.util.Map<String, Runnable> calls = new java.util.LinkedHashMap<>();
        calls.put("forStaff", () -> indicators.forStaff(id, com.touchpoint.shared.Period.of(month)));
        calls.put("trend", () -> indicators.trend(id, month, StaffOverview.TREND_MONTHS));
        calls.put("recommendations", () -> recommendations.forStaff(id));
        calls.put("assignments", () -> assignments.mine());
        calls.put("comments", () -> callbacks.latestComments(id, StaffOverview.COMMENTS));
        calls.put("kudos", () -> feeds.received(id, month));
        calls.put("allowance", () -> kudos.myAllowance());
        calls.put("sessions", () -> sessions.mine());
        calls.put("actions", () -> actions.openOfMine());
        calls.put("estimate", () -> statements.estimateFigures());
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.setReadOnly(true);
        StringBuilder line = new StringBuilder();
        member.act(() -> tx.execute(status -> {
            calls.values().forEach(Runnable::run);
            calls.forEach((name, call) -> {
                long start = System.nanoTime();
                int count = QueryCounter.warmOnThisThread(call);
                line.append(name).append(' ').append(count).append(" (").append((System.nanoTime() - start) / 1_000_000)
                        .append(" ms), ");
            });
            return null;
        }));
        log.info("staff home statements per card in one transaction: {}", line);
    }

    private int statements(StaffHomeData.Home home) {
        var member = home.member();
        logBreakdown(home);
        Runnable build = () -> member.act(() -> figures.overview(member.staffId()));
        build.run();
        int count = QueryCounter.warmOnThisThread(build);
        long start = System.nanoTime();
        build.run();
        log.info("staff home: {} statements, {} ms warm", count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }

    @Test
    void the_staff_home_costs_the_same_for_one_and_for_four_of_everything() {
        int sparse = statements(StaffHomeData.build(context, clock, 1));
        int full = statements(StaffHomeData.build(context, clock, 4));
        assertThat(full).as("statements for four of everything against one").isEqualTo(sparse);
        assertThat(full).isLessThanOrEqualTo(BUDGET);
    }
}
