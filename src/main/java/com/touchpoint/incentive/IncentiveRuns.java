package com.touchpoint.incentive;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calculation runs of a month. A run is all-or-nothing: the month's statements are replaced in one transaction,
 * so a failure leaves the previous draft as it was. A month is claimed by one run at a time across nodes
 * ({@link RunClaims}), and only a draft month can be calculated; HR's adjustments carry over to the new draft.
 * A run HR starts is handed to the clustered job store ({@link RunHandOff}), so that it is carried out on one node
 * and, if that node dies, redone on another.
 */
@Service
public class IncentiveRuns {

    private static final Logger log = LoggerFactory.getLogger(IncentiveRuns.class);
    /** What a started run carries to the node that carries it out: the caller's authorities that allow a run. */
    private static final List<String> RUN_AUTHORITIES = List.of(Role.HR.authority(),
            ApiScopes.authority(ApiScopes.INCENTIVES_RUN));

    private final RunRepository runs;
    private final RunClaims claims;
    private final MonthCalculation calculation;
    private final TransactionTemplate transactions;
    private final RunHandOff handOff;
    private final CurrentUser user;
    private final AuditLog audit;
    private final OperatorTime time;
    private final Clock clock;

    IncentiveRuns(RunRepository runs, RunClaims claims, MonthCalculation calculation, TransactionTemplate transactions,
                  RunHandOff handOff, CurrentUser user, AuditLog audit, OperatorTime time, Clock clock) {
        this.runs = runs;
        this.claims = claims;
        this.calculation = calculation;
        this.transactions = transactions;
        this.handOff = handOff;
        this.user = user;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
    }

    /**
     * Claims the month for a new run and hands the run to the job store, which carries it out as the caller on one of
     * the nodes ({@link #carryOut}); answers at once with the run, still RUNNING. Follow it with {@link #run}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@access.canRunIncentives()")
    public RunState start(YearMonth month) {
        List<String> carried = RUN_AUTHORITIES.stream().filter(user::hasAuthority).toList();
        RunState run = begin(month, (m, id, actor, now) -> claims.claim(m, id, now));
        try {
            handOff.handOff(run.id(), run.startedBy(), carried);
        } catch (RuntimeException e) {
            finish(month, run.id(), failure(e));
            throw e;
        }
        return run;
    }

    /**
     * Carries out a run that {@link #start} handed to the job store, as the user who started it. When the node that
     * was carrying it out died ({@code recovering}), the run is redone as a new run of the same user that takes over
     * its claim at once; the interrupted run is marked failed and names the new one ({@link RunState#retriedBy()}).
     * A run that is no longer running is left as it is. Answers how the run (or its retry) ended.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@access.canRunIncentives()")
    public RunState carryOut(long runId, boolean recovering) {
        IncentiveRun run = runs.findById(runId)
                .orElseThrow(() -> new NotFoundException("incentive.run.not-found", runId, "-"));
        if (!run.getStartedBy().equals(user.username().orElse(null))) {
            throw new AccessDeniedException("Run " + runId + " is carried out only as the user who started it");
        }
        YearMonth month = run.getMonth();
        if (run.getStatus() != RunStatus.RUNNING) {
            log.info("Incentive run {} of {} is {} already; nothing to carry out", runId, month, run.getStatus());
            return run.view();
        }
        if (!recovering) {
            return execute(month, runId, RunProgress.NONE);
        }
        RunState retry;
        try {
            retry = begin(month, (m, id, actor, now) -> claims.takeOverInterrupted(m, id, runId, now));
        } catch (ConflictException e) {
            // the month moved on without it (locked, or claimed by another run after the claim went stale)
            finish(month, runId, RunClaims.INTERRUPTED);
            throw e;
        }
        log.info("Incentive run {} of {} was interrupted by its node's death; run {} redoes it", runId, month,
                retry.id());
        return execute(month, retry.id(), RunProgress.NONE);
    }

    /**
     * Runs a calculation to its end in the caller's thread and answers how it ended. A caller's transaction is
     * suspended: the run commits its claim, its statements and its release on its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@access.canRunIncentives()")
    public RunState runNow(YearMonth month, RunProgress progress) {
        return execute(month, begin(month, (m, id, actor, now) -> claims.claim(m, id, now)).id(), progress);
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
        return execute(month, begin(month, claims::takeOver).id(), progress);
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

    private interface Claim {
        void claim(YearMonth month, long runId, String actor, Instant now);
    }

    private RunState begin(YearMonth month, Claim claim) {
        if (month == null) {
            throw new InvalidInputException("month", "validation.required", "month");
        }
        if (month.isAfter(time.currentMonth())) {
            throw new InvalidInputException("month", "incentive.run.future-month", month);
        }
        String actor = user.username().orElseThrow();
        IncentiveRun run = runs.saveAndFlush(new IncentiveRun(month, actor, clock.instant()));
        try {
            claim.claim(month, run.getId(), actor, clock.instant());
        } catch (ConflictException e) {
            runs.deleteById(run.getId());
            throw e;
        }
        return run.view();
    }

    private RunState execute(YearMonth month, long runId, RunProgress progress) {
        RunProgress recorded = (done, total) -> {
            claims.progress(runId, done, total);
            progress.advanced(done, total);
        };
        try {
            Integer count = transactions.execute(status -> calculation.replaceDraft(month, recorded));
            transactions.executeWithoutResult(status -> {
                runs.findById(runId).orElseThrow().succeeded(count, clock.instant());
                audit.record("incentive.run", "IncentiveMonth", month.toString(), null,
                        Map.of("run", runId, "statements", count));
            });
            log.info("Incentives {}: {} statements calculated (run {})", month, count, runId);
        } catch (RuntimeException e) {
            log.warn("Incentive run {} of {} failed; the previous draft is unchanged", runId, month, e);
            transactions.executeWithoutResult(status -> runs.findById(runId).orElseThrow()
                    .failed(failure(e), clock.instant()));
        } finally {
            claims.release(month, runId);
        }
        return runs.findById(runId).orElseThrow().view();
    }

    /** Marks a run that will not be carried out failed and frees the month if it still holds it. */
    private void finish(YearMonth month, long runId, String detail) {
        transactions.executeWithoutResult(status -> runs.findById(runId).orElseThrow().failed(detail, clock.instant()));
        claims.release(month, runId);
    }

    private static String failure(RuntimeException e) {
        return e instanceof TouchpointException t ? t.messageKey() : e.getClass().getSimpleName()
                + Optional.ofNullable(e.getMessage()).map(m -> ": " + m).orElse("");
    }
}
