package com.touchpoint.incentive.internal;

import com.touchpoint.incentive.RunHandOff;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A started run becomes a one-shot job in the clustered job store, committed before {@code start} answers: the node
 * that schedules it wakes its own scheduler, so the run normally begins at once on this node; the job requests
 * recovery, so a node that dies mid-run leaves it to another node.
 */
@Component
class JobStoreRunHandOff implements RunHandOff {

    private final Scheduler scheduler;

    JobStoreRunHandOff(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void handOff(long runId, String actor, List<String> authorities) {
        JobDetail job = job(runId, actor, authorities);
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(StartedRunJob.name(runId), StartedRunJob.GROUP).forJob(job)
                .startNow().withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(job, trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Incentive run " + runId + " could not be handed to the job store", e);
        }
    }

    static JobDetail job(long runId, String actor, List<String> authorities) {
        return JobBuilder.newJob(StartedRunJob.class).withIdentity(StartedRunJob.name(runId), StartedRunJob.GROUP)
                .usingJobData(StartedRunJob.RUN, runId)
                .usingJobData(StartedRunJob.ACTOR, actor)
                .usingJobData(StartedRunJob.AUTHORITIES, String.join(",", authorities))
                .requestRecovery().build();
    }
}
