package com.touchpoint.incentive;

import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import static com.touchpoint.incentive.IncentiveRunTests.asHr;
import static com.touchpoint.incentive.IncentiveRunTests.statementOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DRAFT → REVIEWED → APPROVED → LOCKED with four eyes; every refused step and wrong role, in the service layer. */
@TouchpointTest
class IncentiveWorkflowTests {

    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveWorkflow workflow;
    @Autowired
    IncentiveStatements statements;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;

    private void calculate(YearMonth month) {
        assertThat(asHr("hr1", () -> runs.runNow(month, RunProgress.NONE)).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    private static String refusal(Supplier<?> step) {
        try {
            step.get();
        } catch (TouchpointException e) {
            return e.messageKey();
        }
        throw new AssertionError("the step was not refused");
    }

    private List<AuditLogEntry> history(String type, String key) {
        return TestAccess.asAdmin(() -> audit.historyOf(type, key));
    }

    @Test
    void a_month_goes_from_draft_to_locked_with_two_hr_users_and_every_step_is_audited() {
        YearMonth month = YearMonth.of(2022, 1);
        TestStaff.Member member = TestStaff.newMember(directory, accounts, "HOTLINE_AGENT", "T-WEST-1");
        calculate(month);
        Statement s = statementOf(statements, month, member.staffId());

        assertThat(asHr("hr1", () -> workflow.review(month)).status()).isEqualTo(MonthStatus.REVIEWED);
        assertThat(refusal(() -> asHr("hr1", () -> workflow.approve(month)))).isEqualTo("incentive.workflow.own-review");
        MonthState approved = asHr("hr2", () -> workflow.approve(month));
        assertThat(approved.status()).isEqualTo(MonthStatus.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo("hr1");
        assertThat(approved.approvedBy()).isEqualTo("hr2");
        MonthState locked = asHr("hr2", () -> workflow.lock(month));
        assertThat(locked.status()).isEqualTo(MonthStatus.LOCKED);

        // locked: no recalculation, no adjustment
        assertThat(refusal(() -> asHr("hr1", () -> runs.runNow(month, RunProgress.NONE)))).isEqualTo("incentive.run.not-draft");
        assertThat(refusal(() -> asHr("hr1", () -> workflow.adjust(s.id(), BigDecimal.TEN, "迟到的补贴"))))
                .isEqualTo("incentive.workflow.wrong-status");
        assertThat(refusal(() -> asHr("hr1", () -> workflow.returnToDraft(month, "重新核对"))))
                .isEqualTo("incentive.workflow.wrong-status");

        // the staff member now sees the statement and its evidence; a colleague does not
        assertThat(member.act(() -> statements.mine())).extracting(Statement::id).contains(s.id());
        assertThat(member.act(() -> statements.evidence(s.id())).statement().finalAmount())
                .isEqualByComparingTo(s.finalAmount());
        TestStaff.Member colleague = TestStaff.newMember(directory, accounts, "HOTLINE_AGENT", "T-WEST-1");
        assertThatThrownBy(() -> colleague.act(() -> statements.evidence(s.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> statements.evidence(s.id()), "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> statements.evidence(s.id()), "ROLE_QUALITY"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(history("IncentiveMonth", month.toString())).extracting(AuditLogEntry::getAction)
                .contains("incentive.run", "incentive.review", "incentive.approve", "incentive.lock");
        assertThat(history("IncentiveMonth", month.toString())).filteredOn(e -> e.getAction().equals("incentive.approve"))
                .extracting(AuditLogEntry::getActor).containsExactly("hr2");
    }

    @Test
    void only_an_admin_reopens_a_locked_month_and_only_with_a_reason() {
        YearMonth month = YearMonth.of(2022, 2);
        calculate(month);
        asHr("hr1", () -> workflow.review(month));
        asHr("hr2", () -> workflow.approve(month));
        asHr("hr2", () -> workflow.lock(month));

        assertThatThrownBy(() -> asHr("hr1", () -> workflow.reopen(month, "算错了"))).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> TestAccess.asAdmin(() -> workflow.reopen(month, "  ")))).isEqualTo("incentive.reason.required");
        MonthState reopened = TestAccess.asAdmin(() -> workflow.reopen(month, "投诉标记被质检撤销，需重算"));
        assertThat(reopened.status()).isEqualTo(MonthStatus.DRAFT);
        assertThat(reopened.reviewedBy()).isNull();
        assertThat(history("IncentiveMonth", month.toString())).filteredOn(e -> e.getAction().equals("incentive.reopen"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("admin1");
                    assertThat(e.getAfterState()).contains("投诉标记被质检撤销，需重算");
                });
        // a draft again: it can be recalculated
        calculate(month);
    }

    @Test
    void each_step_out_of_order_is_refused() {
        YearMonth month = YearMonth.of(2022, 3);
        assertThat(refusal(() -> asHr("hr1", () -> workflow.review(month)))).isEqualTo("incentive.month.not-calculated");
        calculate(month);
        assertThat(refusal(() -> asHr("hr2", () -> workflow.approve(month)))).isEqualTo("incentive.workflow.wrong-status");
        assertThat(refusal(() -> asHr("hr2", () -> workflow.lock(month)))).isEqualTo("incentive.workflow.wrong-status");
        assertThat(refusal(() -> TestAccess.asAdmin(() -> workflow.reopen(month, "无")))).isEqualTo("incentive.workflow.wrong-status");
        asHr("hr1", () -> workflow.review(month));
        assertThat(refusal(() -> asHr("hr1", () -> workflow.review(month)))).isEqualTo("incentive.workflow.wrong-status");
        assertThat(refusal(() -> asHr("hr2", () -> workflow.lock(month)))).isEqualTo("incentive.workflow.wrong-status");
        assertThat(refusal(() -> asHr("hr1", () -> runs.runNow(month, RunProgress.NONE)))).isEqualTo("incentive.run.not-draft");
        // HR may send a reviewed month back to draft, with a reason
        assertThat(refusal(() -> asHr("hr2", () -> workflow.returnToDraft(month, "")))).isEqualTo("incentive.reason.required");
        assertThat(asHr("hr2", () -> workflow.returnToDraft(month, "调整原因需补充")).status()).isEqualTo(MonthStatus.DRAFT);
    }

    @Test
    void staff_supervisors_and_quality_cannot_move_a_month_or_adjust() {
        YearMonth month = YearMonth.of(2022, 4);
        calculate(month);
        long any = asHr("hr1", () -> statements.ofMonth(month)).get(0).id();
        for (String[] who : new String[][] {{"staff1", "ROLE_STAFF"}, {"supervisor1", "ROLE_SUPERVISOR"},
                {"quality1", "ROLE_QUALITY"}}) {
            assertThatThrownBy(() -> TestAccess.as(who[0], () -> workflow.review(month), who[1]))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestAccess.as(who[0], () -> workflow.approve(month), who[1]))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestAccess.as(who[0], () -> workflow.lock(month), who[1]))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestAccess.as(who[0], () -> workflow.adjust(any, BigDecimal.ONE, "理由"), who[1]))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestAccess.as(who[0], () -> statements.ofMonth(month), who[1]))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> TestAccess.asAdmin(() -> workflow.review(month))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_adjustment_needs_a_reason_and_is_audited_with_before_and_after() {
        YearMonth month = YearMonth.of(2022, 5);
        TestStaff.Member member = TestStaff.newMember(directory, accounts, "FIELD_ENGINEER", "T-WEST-2");
        calculate(month);
        Statement s = statementOf(statements, month, member.staffId());
        assertThat(s.calculated()).isEqualByComparingTo("2200.00");

        assertThatThrownBy(() -> asHr("hr1", () -> workflow.adjust(s.id(), new BigDecimal("100"), null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("reason"));
        assertThat(refusal(() -> asHr("hr1", () -> workflow.adjust(s.id(), new BigDecimal("0.001"), "零头"))))
                .isEqualTo("incentive.adjustment.invalid");
        assertThat(refusal(() -> asHr("hr1", () -> workflow.adjust(s.id(), new BigDecimal("-2200.01"), "扣回"))))
                .isEqualTo("incentive.adjustment.below-zero");
        assertThat(statementOf(statements, month, member.staffId()).adjustment()).isEqualByComparingTo("0");

        Statement adjusted = asHr("hr1", () -> workflow.adjust(s.id(), new BigDecimal("-200.00"), "多发的交通补贴扣回"));
        assertThat(adjusted.finalAmount()).isEqualByComparingTo("2000.00");
        assertThat(adjusted.adjustmentReason()).isEqualTo("多发的交通补贴扣回");
        assertThat(history("IncentiveStatement", month + "/" + member.employeeNo())).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("hr1");
            assertThat(e.getAction()).isEqualTo("incentive.adjust");
            assertThat(e.getBeforeState()).contains("2200.00").doesNotContain("多发");
            assertThat(e.getAfterState()).contains("-200.00").contains("2000.00").contains("多发的交通补贴扣回");
        });
    }
}
