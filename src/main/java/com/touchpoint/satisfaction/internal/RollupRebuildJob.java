package com.touchpoint.satisfaction.internal;

import com.touchpoint.satisfaction.RollupMaintenance;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Nightly: rebuild the recent indicator rollups from the raw callbacks and report drift. */
@DisallowConcurrentExecution
class RollupRebuildJob extends QuartzJobBean {

    private final RollupMaintenance maintenance;

    RollupRebuildJob(RollupMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        maintenance.rebuildRecent();
    }
}
