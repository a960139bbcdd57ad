package com.touchpoint.incentive.internal;

import com.touchpoint.TouchpointTest;
import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.incentive.RunProgress;
import com.touchpoint.incentive.RunState;
import com.touchpoint.incentive.RunStatus;
import com.touchpoint.incentive.Statement;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A run HR starts is carried out by the clustered job store as that HR user, and redone once on another node when the
 * node carrying it out dies (simulated with a dead scheduler instance in Quartz's own tables, which this node's
 * cluster manager then recovers as it would a real one).
 */
@TouchpointTest
class StartedRunJobTests {

    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveStatements statements;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;

    /** Every execution of a started run's job in this JVM: job name, recovering, the authorities it carried. */
    final List<String> executions = new CopyOnWriteArrayList<>();
    final String listener = "started-runs-" + UUID.randomUUID();

    @BeforeEach
    void listen() throws Exception {
        scheduler.getListenerManager().addJobListener(new JobListener() {
            @Override
            public String getName() {
                return listener;
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext context) {
                executions.add(context.getJobDetail().getKey().getName() + " recovering=" + context.isRecovering()
                        + " authorities=" + context.getMergedJobDataMap().getString(StartedRunJob.AUTHORITIES));
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext context) {
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            }
        }, GroupMatcher.jobGroupEquals(StartedRunJob.GROUP));
    }

    @AfterEach
    void stopListening() throws Exception {
        scheduler.getListenerManager().removeJobListener(listener);
    }

    static <T> T as(String user, Supplier<T> action, String... authorities) {
        return TestAccess.as(user, action, authorities);
    }

    @Test
    void a_run_hr_starts_answers_at_once_and_is_carried_out_by_the_job_store_as_that_user_with_hr_authority_only() {
        YearMonth month = YearMonth.of(2019, 3);
        List<Statement> reference = reference(month);

        // an HR user who is also an administrator: the job carries HR's authority, not the stronger one
        RunState started = as("hr1", () -> runs.start(month), "ROLE_HR", "ROLE_ADMIN");
        assertThat(started.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(started.startedBy()).isEqualTo("hr1");

        RunState done = awaitEnd(month, started.id());
        assertThat(done.status()).as(String.valueOf(done.detail())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(done.id()).isEqualTo(started.id());
        assertThat(done.done()).isEqualTo(done.total()).isEqualTo(done.statements()).isPositive();
        assertThat(executions).containsExactly("run-" + started.id() + " recovering=false authorities=ROLE_HR");
        assertThat(ofMonth(month)).isEqualTo(reference);
        assertThat(auditActors(month, started.id())).containsExactly("hr1");
        assertThat(jdbc.queryForObject("select run_id from incentive_month where incentive_month = ?", Long.class,
                month.toString())).as("the month is free again").isNull();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jobRows(started.id()))
                .as("the one-shot job is gone from the job store").isZero());
    }

    @Test
    void a_run_whose_node_died_is_redone_exactly_once_on_another_node_with_the_same_statements() throws Exception {
        YearMonth month = YearMonth.of(2019, 4);
        List<Statement> reference = reference(month);

        // hr1 started the run on a node that picked up its job and died: the run row, its claim and the job with a
        // fired trigger of that node are committed, nothing else
        jdbc.update("insert into incentive_run (incentive_month, status, started_by, started_at, statements)"
                + " values (?, 'RUNNING', 'hr1', current_timestamp(6), 0)", month.toString());
        long dead = jdbc.queryForObject("select max(id) from incentive_run", Long.class);
        jdbc.update("update incentive_month set run_id = ?, claimed_at = current_timestamp(6) where incentive_month = ?",
                dead, month.toString());
        var job = JobStoreRunHandOff.job(dead, "hr1", List.of("ROLE_HR"));
        scheduler.scheduleJob(job, TriggerBuilder.newTrigger().withIdentity(job.getKey().getName(), StartedRunJob.GROUP)
                .forJob(job).startAt(Date.from(java.time.Instant.parse("2100-01-01T00:00:00Z"))).build());
        diedWhileExecuting(job.getKey().getName());

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select status from incentive_run where id = ?", String.class, dead).equals("FAILED"));
        Map<String, Object> interrupted = jdbc.queryForMap("select detail, retried_by from incentive_run where id = ?",
                dead);
        assertThat(interrupted).containsEntry("detail", "incentive.run.interrupted");
        long retry = ((Number) interrupted.get("retried_by")).longValue();
        RunState redone = awaitEnd(month, retry);

        assertThat(redone.status()).as(String.valueOf(redone.detail())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(redone.startedBy()).isEqualTo("hr1");
        assertThat(ofMonth(month)).hasSize(redone.statements()).isEqualTo(reference);
        assertThat(as("hr1", () -> runs.run(month, dead), "ROLE_HR").retriedBy()).isEqualTo(retry);
        assertThat(auditActors(month, retry)).containsExactly("hr1");
        // exactly once: no second recovery, no other run of the month, the job is gone
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jobRows(dead)).isZero());
        Thread.sleep(4_000); // more than one cluster check-in
        assertThat(executions).containsExactly("run-" + dead + " recovering=true authorities=ROLE_HR");
        assertThat(jdbc.queryForList("select id from incentive_run where incentive_month = ? and id > ?", Long.class,
                month.toString(), dead)).containsExactly(retry);
        assertThat(jdbc.queryForObject("select run_id from incentive_month where incentive_month = ?", Long.class,
                month.toString())).isNull();
    }

    @Test
    void a_user_without_the_hr_role_can_neither_start_nor_carry_out_a_run() {
        YearMonth month = YearMonth.of(2019, 5);
        int before = jdbc.queryForObject("select count(*) from incentive_run where incentive_month = ?", Integer.class,
                month.toString());
        for (String[] user : List.of(new String[] {"admin1", "ROLE_ADMIN"}, new String[] {"staff1", "ROLE_STAFF"},
                new String[] {"supervisor1", "ROLE_SUPERVISOR"}, new String[] {"quality1", "ROLE_QUALITY"})) {
            assertThatThrownBy(() -> as(user[0], () -> runs.start(month), user[1]))
                    .as(user[0]).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from incentive_run where incentive_month = ?", Integer.class,
                month.toString())).as("no run was begun").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_JOB_DETAILS where JOB_GROUP = ?", Integer.class,
                StartedRunJob.GROUP)).as("no job was handed off").isZero();

        jdbc.update("insert into incentive_run (incentive_month, status, started_by, started_at, statements)"
                + " values (?, 'RUNNING', 'hr1', current_timestamp(6), 0)", month.toString());
        long run = jdbc.queryForObject("select max(id) from incentive_run", Long.class);
        // the job carries on as the starter with the authorities it carried: without HR's, it is refused
        assertThatThrownBy(() -> SystemActor.onBehalfOf("hr1", () -> runs.carryOut(run, true), List.of("ROLE_ADMIN")))
                .isInstanceOf(AccessDeniedException.class);
        // and as nobody else, even another HR user
        assertThatThrownBy(() -> as("hr2", () -> runs.carryOut(run, true), "ROLE_HR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select status from incentive_run where id = ?", String.class, run))
                .isEqualTo("RUNNING");
        jdbc.update("delete from incentive_run where id = ?", run);
    }

    /** A scheduler instance that stopped checking in a minute ago while executing the job's trigger. */
    private void diedWhileExecuting(String jobName) {
        String schedName = jdbc.queryForObject("select SCHED_NAME from QRTZ_JOB_DETAILS where JOB_NAME = ?",
                String.class, jobName);
        String instance = "dead-node-" + UUID.randomUUID();
        long now = System.currentTimeMillis();
        jdbc.update("update QRTZ_TRIGGERS set TRIGGER_STATE = 'COMPLETE' where TRIGGER_NAME = ? and TRIGGER_GROUP = ?",
                jobName, StartedRunJob.GROUP);
        jdbc.update("insert into QRTZ_FIRED_TRIGGERS (SCHED_NAME, ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, INSTANCE_NAME,"
                + " FIRED_TIME, SCHED_TIME, PRIORITY, STATE, JOB_NAME, JOB_GROUP, IS_NONCONCURRENT, REQUESTS_RECOVERY)"
                + " values (?, ?, ?, ?, ?, ?, ?, 5, 'EXECUTING', ?, ?, '0', '1')", schedName, instance + "-1", jobName,
                StartedRunJob.GROUP, instance, now - 60_000, now - 60_000, jobName, StartedRunJob.GROUP);
        jdbc.update("insert into QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL)"
                + " values (?, ?, ?, 3000)", schedName, instance, now - 60_000);
    }

    /** Who the audit log says calculated the month in this run. */
    private List<String> auditActors(YearMonth month, long runId) {
        return jdbc.queryForList("select actor, after_state from audit_log_entry where action = 'incentive.run'"
                        + " and entity_key = ?", month.toString()).stream()
                .filter(row -> String.valueOf(row.get("after_state")).matches(".*\"run\":" + runId + "\\b.*"))
                .map(row -> (String) row.get("actor")).toList();
    }

    private int jobRows(long runId) {
        return jdbc.queryForObject("select count(*) from QRTZ_JOB_DETAILS where JOB_NAME = ? and JOB_GROUP = ?",
                Integer.class, StartedRunJob.name(runId), StartedRunJob.GROUP);
    }

    private RunState awaitEnd(YearMonth month, long runId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> as("hr1", () -> runs.run(month, runId), "ROLE_HR").status()
                != RunStatus.RUNNING);
        return as("hr1", () -> runs.run(month, runId), "ROLE_HR");
    }

    /** The month calculated in the caller's thread: what a run through the job store must write. */
    private List<Statement> reference(YearMonth month) {
        RunState run = as("hr1", () -> runs.runNow(month, RunProgress.NONE), "ROLE_HR");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        List<Statement> written = ofMonth(month);
        assertThat(written).hasSize(run.statements()).isNotEmpty();
        return written;
    }

    private List<Statement> ofMonth(YearMonth month) {
        return as("hr1", () -> statements.ofMonth(month), "ROLE_HR").stream().map(StartedRunJobTests::withoutId)
                .toList();
    }

    private static Statement withoutId(Statement s) {
        return new Statement(0, s.month(), s.staffId(), s.employeeNo(), s.name(), s.postCode(), s.teamCode(),
                s.teamName(), s.schemeId(), s.callbacks(), s.index(), s.adjustedIndex(), s.target(),
                s.insufficientSample(), s.satisfactionCoefficient(), s.assignmentsDue(), s.assignmentsOnTime(),
                s.trainingCoefficient(), s.kudosPoints(), s.recognitionBonus(), s.complaints(), s.complaintDeduction(),
                s.base(), s.calculated(), s.adjustment(), s.adjustmentReason(), s.finalAmount());
    }
}
