package com.touchpoint.incentive;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * Calculation runs of a month. A run is all-or-nothing: the month's statements are replaced in one transaction,
 * so a failure leaves the previous draft as it was. A month is claimed by one run at a time across nodes
 * ({@link RunClaims}), and only a draft month can be calculated; HR's adjustments carry over to the new draft.
 */
@Service
public class IncentiveRuns {

    private static final Logger log = LoggerFactory.getLogger(IncentiveRuns.class);

    private final RunRepository runs;
    private final RunClaims claims;
    private final MonthCalculation calculation;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final CurrentUser user;
    private final AuditLog audit;
    private final OperatorTime time;
    private final Clock clock;

    IncentiveRuns(RunRepository runs, RunClaims claims, MonthCalculation calculation, TransactionTemplate transactions,
                  TaskExecutor executor, CurrentUser user, AuditLog audit, OperatorTime time, Clock clock) {
        this.runs = runs;
        this.claims = claims;
        this.calculation = calculation;
        this.transactions = transactions;
        this.executor = executor;
        this.user = user;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
    }

    /** Starts a run in the background as the caller and answers at once with the run, still RUNNING. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@access.canRunIncentives()")
    public RunState start(YearMonth month) {
        RunState run = begin(month, false);
        SecurityContext caller = SecurityContextHolder.getContext();
        executor.execute(() -> {
            SecurityContextHolder.setContext(caller);
            try {
                execute(month, run.id(), RunProgress.NONE);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return run;
    }

    /**
     * Runs a calculation to its end in the caller's thread and answers how it ended. A caller's transaction is
     * suspended: the run commits its claim, its statements and its release on its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@access.canRunIncentives()")
    public RunState runNow(YearMonth month, RunProgress progress) {
        return execute(month, begin(month, false).id(), progress);
    }

    /**
     * Runs the month again for the caller's own run that was interrupted because its node died (the scheduled run,
     * recovered by Quartz on another node): the claim that the interrupted run still holds is taken over at once
     * instead of after {@link RunClaims#STALE}, and that run is marked failed. Only runs started by the caller are
     * taken over; a run of anyone else still refuses the month. The interrupted run's statements were never
     * committed (a draft is replaced in one transaction), so the new run replaces the draft as any run does.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@access.canRunIncentives()")
    public RunState rerunInterrupted(YearMonth month, RunProgress progress) {
        return execute(month, begin(month, true).id(), progress);
    }

    /** The previous month in the operator's time zone: what the monthly job calculates. */
    public YearMonth previousMonth() {
        return time.currentMonth().minusMonths(1);
    }

    @PreAuthorize("@access.canRunIncentives()")
    public RunState run(YearMonth month, long runId) {
        return runs.findById(runId).filter(r -> r.getMonth().equals(month)).map(IncentiveRun::view)
                .orElseThrow(() -> new NotFoundException("incentive.run.not-found", runId, month));
    }

    private RunState begin(YearMonth month, boolean takeOverOwnRun) {
        if (month == null) {
            throw new InvalidInputException("month", "validation.required", "month");
        }
        if (month.isAfter(time.currentMonth())) {
            throw new InvalidInputException("month", "incentive.run.future-month", month);
        }
        String actor = user.username().orElseThrow();
        IncentiveRun run = runs.saveAndFlush(new IncentiveRun(month, actor, clock.instant()));
        try {
            if (takeOverOwnRun) {
                claims.takeOver(month, run.getId(), actor, clock.instant());
            } else {
                claims.claim(month, run.getId(), clock.instant());
            }
        } catch (ConflictException e) {
            runs.deleteById(run.getId());
            throw e;
        }
        return run.view();
    }

    private RunState execute(YearMonth month, long runId, RunProgress progress) {
        try {
            Integer count = transactions.execute(status -> calculation.replaceDraft(month, progress));
            transactions.executeWithoutResult(status -> {
                runs.findById(runId).orElseThrow().succeeded(count, clock.instant());
                audit.record("incentive.run", "IncentiveMonth", month.toString(), null,
                        Map.of("run", runId, "statements", count));
            });
            log.info("Incentives {}: {} statements calculated (run {})", month, count, runId);
        } catch (RuntimeException e) {
            log.warn("Incentive run {} of {} failed; the previous draft is unchanged", runId, month, e);
            String detail = e instanceof TouchpointException t ? t.messageKey() : e.getClass().getSimpleName()
                    + Optional.ofNullable(e.getMessage()).map(m -> ": " + m).orElse("");
            transactions.executeWithoutResult(status -> runs.findById(runId).orElseThrow()
                    .failed(detail, clock.instant()));
        } finally {
            claims.release(month, runId);
        }
        return runs.findById(runId).orElseThrow().view();
    }
}
