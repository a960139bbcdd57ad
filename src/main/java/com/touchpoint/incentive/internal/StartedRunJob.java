package com.touchpoint.incentive.internal;

import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.RunState;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.SystemActor;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import java.util.Arrays;
import java.util.List;

/**
 * Carries out one run that HR started (on a page or through the API), on the node whose scheduler picked it up, as
 * the HR user with the authorities they started it with. Requests recovery: if this node dies, another node runs the
 * job again ({@link JobExecutionContext#isRecovering()}) and the run is redone there.
 */
class StartedRunJob extends QuartzJobBean {

    static final String GROUP = "incentive-runs";
    static final String RUN = "run";
    static final String ACTOR = "actor";
    static final String AUTHORITIES = "authorities";

    private static final Logger log = LoggerFactory.getLogger(StartedRunJob.class);

    private final IncentiveRuns runs;

    static String name(long runId) {
        return "run-" + runId;
    }

    StartedRunJob(IncentiveRuns runs) {
        this.runs = runs;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        long runId = data.getLong(RUN);
        String actor = data.getString(ACTOR);
        List<String> authorities = Arrays.stream(data.getString(AUTHORITIES).split(",")).filter(a -> !a.isBlank())
                .toList();
        try {
            RunState run = SystemActor.onBehalfOf(actor, () -> runs.carryOut(runId, context.isRecovering()),
                    authorities);
            log.info("Incentive run {} of {} started by {}{}: run {} {} ({} statements)", runId, run.month(), actor,
                    context.isRecovering() ? " (redone after its node stopped)" : "", run.id(), run.status(),
                    run.statements());
        } catch (ConflictException e) {
            log.info("Incentive run {} started by {} not carried out: {}", runId, actor, e.getMessage());
        }
    }
}
