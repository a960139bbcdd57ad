package com.touchpoint.shared;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class QuartzJobMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final QuartzJobMetrics metrics = new QuartzJobMetrics(registry);

    @Test
    void each_run_is_timed_by_job_name_and_group_with_success_or_failure() {
        run("nightly-rollups", null);
        run("nightly-rollups", new JobExecutionException("database gone"));
        run("nightly-rollups", null);

        assertThat(timer("success")).isEqualTo(2);
        assertThat(timer("failure")).isEqualTo(1);
    }

    @Test
    void a_vetoed_run_is_not_counted() {
        JobExecutionContext context = context("vetoed");
        metrics.jobExecutionVetoed(context);
        assertThat(registry.find(QuartzJobMetrics.TIMER).timers()).isEmpty();
    }

    private long timer(String outcome) {
        return registry.get(QuartzJobMetrics.TIMER).tag("name", "nightly-rollups").tag("group", "touchpoint")
                .tag("outcome", outcome).timer().count();
    }

    private void run(String job, JobExecutionException failure) {
        JobExecutionContext context = context(job);
        metrics.jobToBeExecuted(context);
        metrics.jobWasExecuted(context, failure);
    }

    private static JobExecutionContext context(String job) {
        JobExecutionContext context = mock(JobExecutionContext.class);
        Map<Object, Object> values = new HashMap<>();
        doAnswer(i -> values.put(i.getArgument(0), i.getArgument(1))).when(context).put(any(), any());
        when(context.get(any())).thenAnswer(i -> values.get(i.getArgument(0)));
        when(context.getJobDetail()).thenReturn(JobBuilder.newJob(org.quartz.Job.class).withIdentity(job, "touchpoint")
                .build());
        return context;
    }
}
