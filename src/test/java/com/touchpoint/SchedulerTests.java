package com.touchpoint;

import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Quartz runs clustered on the JDBC job store in the application's MariaDB database. */
@TouchpointTest
class SchedulerTests {

    static final CountDownLatch FIRED = new CountDownLatch(1);

    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;

    public static class ProbeJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            FIRED.countDown();
        }
    }

    @Test
    void a_job_scheduled_through_quartz_fires_from_the_clustered_jdbc_store() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        String name = "probe-" + UUID.randomUUID();
        scheduler.scheduleJob(JobBuilder.newJob(ProbeJob.class).withIdentity(name).storeDurably().build(),
                TriggerBuilder.newTrigger().withIdentity(name).startNow().build());
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_JOB_DETAILS where JOB_NAME = ?", Integer.class, name))
                .isEqualTo(1);
        assertThat(FIRED.await(30, TimeUnit.SECONDS)).as("job fired").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_SCHEDULER_STATE", Integer.class)).isPositive();
    }
}
