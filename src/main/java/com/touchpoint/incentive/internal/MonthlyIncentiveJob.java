package com.touchpoint.incentive.internal;

import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.RunProgress;
import com.touchpoint.incentive.RunState;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.SystemActor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import java.time.YearMonth;

/**
 * On the 3rd at 02:00, when late callbacks of the previous month are in: calculate that month's draft. When Quartz
 * runs it again because the node running it died ({@link JobExecutionContext#isRecovering()}), the interrupted run's
 * claim is taken over; the draft is replaced in one transaction, so the interrupted run left nothing half-written.
 */
@DisallowConcurrentExecution
class MonthlyIncentiveJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(MonthlyIncentiveJob.class);

    private final IncentiveRuns runs;

    MonthlyIncentiveJob(IncentiveRuns runs) {
        this.runs = runs;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        YearMonth month = runs.previousMonth();
        SystemActor.run("monthly-incentives", () -> {
            try {
                RunState run = context.isRecovering()
                        ? runs.rerunInterrupted(month, RunProgress.NONE)
                        : runs.runNow(month, RunProgress.NONE);
                log.info("Monthly incentives {}{}: {} ({} statements)", month,
                        context.isRecovering() ? " (recovered after its node stopped)" : "", run.status(),
                        run.statements());
            } catch (ConflictException e) {
                log.info("Monthly incentives {} not calculated: {}", month, e.getMessage());
            }
        }, "ROLE_HR");
    }
}
