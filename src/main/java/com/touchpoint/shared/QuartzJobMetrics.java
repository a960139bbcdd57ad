package com.touchpoint.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Times every Quartz job run as {@code touchpoint.quartz.jobs} with the job's name and group and whether it
 * succeeded: Micrometer has no Quartz binder, and operators need to see a nightly job that fails or slows down.
 */
@Component
class QuartzJobMetrics implements JobListener, SchedulerFactoryBeanCustomizer {

    static final String TIMER = "touchpoint.quartz.jobs";
    private static final String SAMPLE = QuartzJobMetrics.class.getName() + ".sample";

    private final MeterRegistry registry;

    QuartzJobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void customize(SchedulerFactoryBean scheduler) {
        scheduler.setGlobalJobListeners(this);
    }

    @Override
    public String getName() {
        return "touchpoint-job-metrics";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        context.put(SAMPLE, Timer.start(registry));
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // a vetoed job did not run, so there is nothing to time
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
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
}
