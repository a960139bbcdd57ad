package com.touchpoint.incentive;

import com.touchpoint.shared.DemoDataContributor;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.SystemActor;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Three months of statements for the demo organisation: three months ago locked, two months ago approved and last
 * month a draft, each with a few adjustments and their reasons, reviewed and approved by two different actors.
 */
@Component
class IncentiveDemoData implements DemoDataContributor {

    private static final List<String> REASONS = List.of("补发上月漏算的夜班补贴", "多发的交通补贴扣回",
            "重大故障抢修表现突出，部门特别奖励");
    private static final List<BigDecimal> AMOUNTS = List.of(new BigDecimal("150.00"), new BigDecimal("-80.00"),
            new BigDecimal("300.00"));

    private final IncentiveRuns runs;
    private final IncentiveWorkflow workflow;
    private final IncentiveStatements statements;
    private final OperatorTime time;

    IncentiveDemoData(IncentiveRuns runs, IncentiveWorkflow workflow, IncentiveStatements statements,
                      OperatorTime time) {
        this.runs = runs;
        this.workflow = workflow;
        this.statements = statements;
        this.time = time;
    }

    @Override
    public String name() {
        return "incentive-statements";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void contribute() {
        YearMonth now = time.currentMonth();
        prepare(now.minusMonths(3), MonthStatus.LOCKED);
        prepare(now.minusMonths(2), MonthStatus.APPROVED);
        prepare(now.minusMonths(1), MonthStatus.DRAFT);
    }

    private void prepare(YearMonth month, MonthStatus target) {
        SystemActor.run("demo-hr-review", () -> {
            runs.runNow(month, RunProgress.NONE);
            List<Statement> all = statements.ofMonth(month);
            for (int i = 0; i < REASONS.size() && i * 17 < all.size(); i++) {
                Statement s = all.get(i * 17);
                BigDecimal amount = AMOUNTS.get(i).max(s.calculated().negate());
                workflow.adjust(s.id(), amount, REASONS.get(i));
            }
            if (target != MonthStatus.DRAFT) {
                workflow.review(month);
            }
        }, "ROLE_HR");
        if (target == MonthStatus.APPROVED || target == MonthStatus.LOCKED) {
            SystemActor.run("demo-hr-approve", () -> {
                workflow.approve(month);
                if (target == MonthStatus.LOCKED) {
                    workflow.lock(month);
                }
            }, "ROLE_HR");
        }
    }
}
