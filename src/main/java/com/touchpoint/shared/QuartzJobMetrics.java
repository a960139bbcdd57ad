package com.touchpoint.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Times every Quartz job run as {@code touchpoint.quartz.jobs} with the job's name and group and whether it
 * succeeded: Micrometer has no Quartz binder, and operators need to see a nightly job that fails or slows down.
 * It also logs each run's start and end with the trigger, the scheduled time and the node (the scheduler
 * instance): the job history of a cluster, where every scheduled time must run on exactly one node. A scheduled
 * time that Quartz missed (a misfire) is logged with the trigger and the time missed: it then runs once at once,
 * at a time off the schedule, for all the times it missed.
 */
@Component
class QuartzJobMetrics implements JobListener, TriggerListener, SchedulerFactoryBeanCustomizer {

    static final String TIMER = "touchpoint.quartz.jobs";
    private static final String SAMPLE = QuartzJobMetrics.class.getName() + ".sample";
    private static final Logger log = LoggerFactory.getLogger(QuartzJobMetrics.class);

    private final MeterRegistry registry;

    QuartzJobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void customize(SchedulerFactoryBean scheduler) {
        scheduler.setGlobalJobListeners(this);
        scheduler.setGlobalTriggerListeners(this);
    }

    @Override
    public String getName() {
        return "touchpoint-job-metrics";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        context.put(SAMPLE, Timer.start(registry));
        log.info("Job {} started: trigger {}, scheduled {}, instance {}{}", context.getJobDetail().getKey(),
                trigger(context), scheduled(context), instance(context),
                context.isRecovering() ? ", recovering after its node stopped" : "");
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // a vetoed job did not run, so there is nothing to time
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        log.info("Job {} {}: trigger {}, scheduled {}, instance {}, {} ms", context.getJobDetail().getKey(),
                failure == null ? "finished" : "failed", trigger(context), scheduled(context),
                instance(context), context.getJobRunTime());
        if (!(context.get(SAMPLE) instanceof Timer.Sample sample)) {
            return;
        }
        sample.stop(Timer.builder(TIMER)
                .description("Quartz job runs by job and outcome")
                .tag("name", context.getJobDetail().getKey().getName())
                .tag("group", context.getJobDetail().getKey().getGroup())
                .tag("outcome", failure == null ? "success" : "failure")
                .register(registry));
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        // called before Quartz moves the trigger on, so its next fire time is still the first time it missed
        log.info("Trigger {} misfired: scheduled {} missed, runs once now", trigger.getKey(),
                trigger.getNextFireTime() == null ? "-" : trigger.getNextFireTime().toInstant());
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context) {
        // jobToBeExecuted logs the run
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
        return false;
    }

    @Override
    public void triggerComplete(Trigger trigger, JobExecutionContext context,
                                Trigger.CompletedExecutionInstruction instruction) {
        // jobWasExecuted logs the end
    }

    private static Object scheduled(JobExecutionContext context) {
        return context.getScheduledFireTime() == null ? "-" : context.getScheduledFireTime().toInstant();
    }

    private static Object trigger(JobExecutionContext context) {
        return context.getTrigger() == null ? "-" : context.getTrigger().getKey();
    }

    private static String instance(JobExecutionContext context) {
        try {
            return context.getScheduler() == null ? "-" : context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "?";
        }
    }
}
