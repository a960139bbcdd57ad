package com.touchpoint.incentive;

import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.DatabaseBusy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Claims a month for one run at a time, across every node sharing the database: a conditional update of the
 * month's row, committed on its own, succeeds for exactly one caller. A claim older than {@link #STALE} belongs to
 * a node that died mid-run and may be taken over.
 */
@Component
class RunClaims {

    static final Duration STALE = Duration.ofHours(1);
    /** The detail of a run whose node died before it ended (a message key, like every run's detail). */
    static final String INTERRUPTED = "incentive.run.interrupted";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    RunClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Claims the month for the run, or refuses: the month is past the draft stage, or another run holds it. */
    void claim(YearMonth month, long runId, Instant now) {
        ensureRow(month);
        Integer claimed = ownTransaction.execute(status -> jdbc.update(
                "update incentive_month set run_id = ?, claimed_at = ?, row_version = row_version + 1"
                        + " where incentive_month = ? and status = 'DRAFT' and (run_id is null or claimed_at < ?)",
                runId, Timestamp.from(now), month.toString(), Timestamp.from(now.minus(STALE))));
        if (claimed == null || claimed == 0) {
            refuse(month);
        }
    }

    private void refuse(YearMonth month) {
        String status = jdbc.queryForObject("select status from incentive_month where incentive_month = ?",
                String.class, month.toString());
        if (!MonthStatus.DRAFT.name().equals(status)) {
            throw new ConflictException("incentive.run.not-draft", month, status);
        }
        throw new ConflictException("incentive.run.already-running", month);
    }

    /**
     * Claims the month like {@link #claim}, also from a run of the same actor that is still marked running: that
     * run's node died (Quartz recovers a job only from a node that stopped checking in, and never runs two
     * executions of the job at once), so its claim would otherwise block the month until it went stale. The
     * interrupted run is marked failed in the same transaction.
     */
    void takeOver(YearMonth month, long runId, String actor, Instant now) {
        ensureRow(month);
        Integer claimed = ownTransaction.execute(status -> {
            int updated = jdbc.update(
                    "update incentive_month set run_id = ?, claimed_at = ?, row_version = row_version + 1"
                            + " where incentive_month = ? and status = 'DRAFT' and (run_id is null or claimed_at < ?"
                            + " or run_id in (select r.id from incentive_run r where r.incentive_month = ?"
                            + " and r.status = 'RUNNING' and r.started_by = ? and r.id <> ?))",
                    runId, Timestamp.from(now), month.toString(), Timestamp.from(now.minus(STALE)),
                    month.toString(), actor, runId);
            if (updated > 0) {
                jdbc.update("update incentive_run set status = 'FAILED', detail = ?, finished_at = ?"
                                + " where incentive_month = ? and status = 'RUNNING' and started_by = ? and id <> ?",
                        INTERRUPTED, Timestamp.from(now), month.toString(), actor, runId);
            }
            return updated;
        });
        if (claimed == null || claimed == 0) {
            refuse(month);
        }
    }

    /**
     * Claims the month from one run that its node left behind: a run handed to the job store whose node died while
     * carrying it out, which the job store gives to another node exactly once (Quartz's recovery of a job that
     * requests it). The interrupted run is marked failed and names this run as its retry, in the claim's
     * transaction; a run that is no longer running, or no longer holds the claim, is not taken over.
     */
    void takeOverInterrupted(YearMonth month, long runId, long interruptedRunId, Instant now) {
        ensureRow(month);
        Integer claimed = ownTransaction.execute(status -> {
            int updated = jdbc.update(
                    "update incentive_month set run_id = ?, claimed_at = ?, row_version = row_version + 1"
                            + " where incentive_month = ? and status = 'DRAFT' and run_id = ? and exists"
                            + " (select 1 from incentive_run r where r.id = ? and r.status = 'RUNNING')",
                    runId, Timestamp.from(now), month.toString(), interruptedRunId, interruptedRunId);
            if (updated > 0) {
                jdbc.update("update incentive_run set status = 'FAILED', detail = ?, finished_at = ?, retried_by = ?"
                        + " where id = ? and status = 'RUNNING'", INTERRUPTED, Timestamp.from(now), runId,
                        interruptedRunId);
            }
            return updated;
        });
        if (claimed == null || claimed == 0) {
            refuse(month);
        }
    }

    /** How far a run has come, committed at once so that the page following it on any node can show it. */
    void progress(long runId, int done, int total) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update incentive_run set progress_done = ?, progress_total = ? where id = ? and status = 'RUNNING'",
                done, total, runId));
    }

    void release(YearMonth month, long runId) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update incentive_month set run_id = null, claimed_at = null, row_version = row_version + 1"
                        + " where incentive_month = ? and run_id = ?", month.toString(), runId));
    }

    private void ensureRow(YearMonth month) {
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "insert into incentive_month (incentive_month, status, row_version) select ?, 'DRAFT', 0"
                                + " from (select 1 as one) x where not exists"
                                + " (select 1 from incentive_month where incentive_month = ?)",
                        month.toString(), month.toString()));
                return;
            } catch (DuplicateKeyException e) {
                // another node created the row at the same moment: the claim below decides
                return;
            } catch (PessimisticLockingFailureException e) {
                // two inserts of the missing row at the same moment can deadlock on its gap: the survivor's row is
                // there when this one tries again
                if (attempt == 3 || !DatabaseBusy.deadlock(e)) {
                    throw e;
                }
            }
        }
    }
}
