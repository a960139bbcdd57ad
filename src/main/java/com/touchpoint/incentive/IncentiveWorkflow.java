package com.touchpoint.incentive;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four-eyes workflow of INCENTIVES.md: DRAFT → REVIEWED → APPROVED (by another HR user than the reviewer) →
 * LOCKED, HR's adjustments of a draft with their reasons, and an admin's reopening of a locked month. Every step
 * is written to the audit log with who, when and why; the month's row is locked while it changes, so a step never
 * overlaps a run or another step.
 */
@Service
public class IncentiveWorkflow {

    static final int MAX_REASON = 500;
    static final BigDecimal MAX_ADJUSTMENT = new BigDecimal("1000000");

    private final MonthRepository months;
    private final StatementRepository statements;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;

    IncentiveWorkflow(MonthRepository months, StatementRepository statements, CurrentUser user, AuditLog audit,
                      Clock clock) {
        this.months = months;
        this.statements = statements;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('HR')")
    public MonthState review(YearMonth month) {
        IncentiveMonth state = locked(month, MonthStatus.DRAFT);
        state.reviewed(me(), clock.instant());
        return transition(state, "incentive.review", MonthStatus.DRAFT, null);
    }

    @Transactional
    @PreAuthorize("hasRole('HR')")
    public MonthState approve(YearMonth month) {
        IncentiveMonth state = locked(month, MonthStatus.REVIEWED);
        if (me().equals(state.getReviewedBy())) {
            throw new ConflictException("incentive.workflow.own-review", month);
        }
        state.approved(me(), clock.instant());
        return transition(state, "incentive.approve", MonthStatus.REVIEWED, null);
    }

    @Transactional
    @PreAuthorize("hasRole('HR')")
    public MonthState lock(YearMonth month) {
        IncentiveMonth state = locked(month, MonthStatus.APPROVED);
        state.locked(me(), clock.instant());
        return transition(state, "incentive.lock", MonthStatus.APPROVED, null);
    }

    /** HR sends a reviewed or approved month back to draft, with a reason, to correct it. */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public MonthState returnToDraft(YearMonth month, String reason) {
        String why = reason(reason);
        IncentiveMonth state = lockedRow(month);
        MonthStatus before = state.getStatus();
        if (before != MonthStatus.REVIEWED && before != MonthStatus.APPROVED) {
            throw new ConflictException("incentive.workflow.wrong-status", month, before, MonthStatus.REVIEWED);
        }
        state.reopened();
        return transition(state, "incentive.return-to-draft", before, why);
    }

    /** Only an admin reopens a locked month, with a reason; it becomes a draft to be reviewed and approved again. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MonthState reopen(YearMonth month, String reason) {
        String why = reason(reason);
        IncentiveMonth state = locked(month, MonthStatus.LOCKED);
        state.reopened();
        return transition(state, "incentive.reopen", MonthStatus.LOCKED, why);
    }

    /** Sets HR's adjustment of a draft statement; the reason is mandatory and the change audited before/after. */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public Statement adjust(long statementId, BigDecimal amount, String reason) {
        IncentiveStatement statement = statements.findById(statementId)
                .orElseThrow(() -> new NotFoundException("incentive.statement.not-found", statementId));
        Statement before = statement.view();
        locked(before.month(), MonthStatus.DRAFT);
        String why = reason(reason);
        if (amount == null) {
            throw new InvalidInputException("adjustment", "validation.required", "adjustment");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(MAX_ADJUSTMENT) > 0) {
            throw new InvalidInputException("adjustment", "incentive.adjustment.invalid", amount);
        }
        if (before.calculated().add(amount).signum() < 0) {
            throw new InvalidInputException("adjustment", "incentive.adjustment.below-zero", amount,
                    before.calculated());
        }
        statement.adjust(amount, why);
        Statement after = statements.saveAndFlush(statement).view();
        audit.record("incentive.adjust", "IncentiveStatement", before.month() + "/" + before.employeeNo(),
                adjustmentOf(before), adjustmentOf(after));
        return after;
    }

    private static Map<String, Object> adjustmentOf(Statement s) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("calculated", s.calculated());
        figures.put("adjustment", s.adjustment());
        figures.put("reason", s.adjustmentReason());
        figures.put("final", s.finalAmount());
        return figures;
    }

    private String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "incentive.reason.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException("reason", "validation.too-long", "reason", MAX_REASON);
        }
        return reason.strip();
    }

    private IncentiveMonth locked(YearMonth month, MonthStatus expected) {
        IncentiveMonth state = lockedRow(month);
        if (state.getStatus() != expected) {
            throw new ConflictException("incentive.workflow.wrong-status", month, state.getStatus(), expected);
        }
        return state;
    }

    private IncentiveMonth lockedRow(YearMonth month) {
        IncentiveMonth state = months.lockMonth(month.toString())
                .filter(m -> m.view().calculatedAt() != null)
                .orElseThrow(() -> new NotFoundException("incentive.month.not-calculated", month));
        if (state.view().running()) {
            throw new ConflictException("incentive.run.already-running", month);
        }
        return state;
    }

    private MonthState transition(IncentiveMonth state, String action, MonthStatus from, String reason) {
        MonthState after = months.saveAndFlush(state).view();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", after.status());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record(action, "IncentiveMonth", after.month().toString(), Map.of("status", from), details);
        return after;
    }

    private String me() {
        return user.username().orElseThrow();
    }
}
