package com.touchpoint.incentive;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.KudosRequest;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.ScenarioRun;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingAttempts;
import com.touchpoint.training.TrainingCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs on MariaDB: inputs read from the owning features, all-or-nothing replacement, one run per month at a time. */
@TouchpointTest
class IncentiveRunTests {

    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveStatements statements;
    @Autowired
    IncentiveWorkflow workflow;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CallbackIntake intake;
    @Autowired
    KudosGiving kudos;
    @Autowired
    TrainingAssignments assignments;
    @Autowired
    TrainingAttempts attempts;
    @Autowired
    TrainingCatalog catalog;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static <T> T asHr(String user, java.util.function.Supplier<T> action) {
        return TestAccess.as(user, action, "ROLE_HR");
    }

    static Statement statementOf(IncentiveStatements statements, YearMonth month, long staffId) {
        return asHr("hr1", () -> statements.ofMonth(month)).stream().filter(s -> s.staffId() == staffId)
                .findFirst().orElseThrow();
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private static CallbackRecord callback(String employeeNo, LocalDate serviceDate, boolean complaint) {
        return new CallbackRecord("CB-" + UUID.randomUUID(), employeeNo, serviceDate.toString(),
                serviceDate.plusDays(1).toString(), "TRANSACTION", "SHOP", "MASS", "COMPLETED", "STANDARD-2026",
                Map.of("ATTITUDE", 5, "EFFICIENCY", 5, "PROFESSIONAL", 5, "PROMISE", 5, "RESOLUTION", 5, "OVERALL", 10),
                complaint, "办得很快");
    }

    /** Plays the better reply at every step, so the attempt passes and completes its assignment. */
    private static void playToTheEnd(ScenarioRun run) {
        while (!run.ended()) {
            run.choose(run.currentStep().betterReplyIndex());
        }
    }

    @Test
    void a_run_reads_every_input_from_its_feature_and_computes_the_statement_by_hand() {
        YearMonth month = YearMonth.of(2023, 3);
        TestStaff.Member consultant = TestStaff.newMember(directory, accounts, "SERVICE_CONSULTANT", "T-WEST-2", "顾问甲");
        TestStaff.Member giver1 = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2");
        TestStaff.Member giver2 = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2");

        at("2023-03-10T02:00:00Z");
        // 12 valid callbacks, all at the top of every scale: index 100, two of them complaints
        List<CallbackRecord> records = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            records.add(callback(consultant.employeeNo(), month.atDay(day), day <= 2));
        }
        at("2023-03-25T02:00:00Z");
        assertThat(TestAccess.as("quality1", () -> intake.ingest(records), "ROLE_QUALITY").accepted()).isEqualTo(12);

        at("2023-03-10T02:00:00Z");
        // giver1 gives 80 points (50 count, 30 excess), giver2 20: 70 counted points
        giver1.act(() -> kudos.give(new KudosRequest(consultant.staffId(), "TEAMWORK", "谢谢", 50)));
        giver1.act(() -> kudos.give(new KudosRequest(consultant.staffId(), "TEAMWORK", "再次感谢", 30)));
        giver2.act(() -> kudos.give(new KudosRequest(consultant.staffId(), "PROFESSIONAL", "很专业", 20)));
        // three assignments due on the 20th, two done on time
        List<String> modules = catalog.modules().stream().limit(3).map(m -> m.id()).toList();
        for (String module : modules) {
            TestAccess.as("supervisor2", () -> assignments.assign(module, List.of(consultant.staffId()),
                    LocalDate.of(2023, 3, 20)), "ROLE_STAFF", "ROLE_SUPERVISOR");
        }
        at("2023-03-12T02:00:00Z");
        for (String module : modules.subList(0, 2)) {
            ScenarioRun run = consultant.act(() -> attempts.start(module));
            playToTheEnd(run);
            consultant.act(() -> attempts.finish(run));
        }

        at("2023-04-03T02:00:00Z");
        RunState run = asHr("hr1", () -> runs.runNow(month, RunProgress.NONE));
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);

        Statement s = statementOf(statements, month, consultant.staffId());
        assertThat(s.callbacks()).isEqualTo(12);
        assertThat(s.index()).isEqualByComparingTo("100.00");
        assertThat(s.adjustedIndex()).isEqualByComparingTo("100.00");
        assertThat(s.target()).isEqualByComparingTo("85.00");
        // 1 + 2·(100 − 85)/100 = 1.30 → cap 1.20
        assertThat(s.satisfactionCoefficient()).isEqualByComparingTo("1.2000");
        assertThat(s.assignmentsDue()).isEqualTo(3);
        assertThat(s.assignmentsOnTime()).isEqualTo(2);
        assertThat(s.trainingCoefficient()).isEqualByComparingTo("1.0167");
        assertThat(s.kudosPoints()).isEqualTo(70);
        assertThat(s.recognitionBonus()).isEqualByComparingTo("35.00");
        assertThat(s.complaints()).isEqualTo(2);
        assertThat(s.complaintDeduction()).isEqualByComparingTo("200.00");
        assertThat(s.base()).isEqualByComparingTo("2000.00");
        // 2000 × 1.2 × 1.0167 = 2440.08; + 35 − 200 = 2275.08
        assertThat(s.calculated()).isEqualByComparingTo("2275.08");
        assertThat(s.finalAmount()).isEqualByComparingTo("2275.08");
        assertThat(s.teamCode()).isEqualTo("T-WEST-2");
        assertThat(s.name()).isEqualTo("顾问甲");

        StatementEvidence evidence = asHr("hr1", () -> statements.evidence(s.id()));
        assertThat(evidence.callbacks()).hasSize(12);
        assertThat(evidence.complaintCallbacks()).hasSize(2).allMatch(c -> c.complaint());
        assertThat(evidence.kudosByGiver()).extracting(g -> g.giverId() + ":" + g.points() + ":" + g.counted())
                .containsExactlyInAnyOrder(giver1.staffId() + ":80:50", giver2.staffId() + ":20:20");
        assertThat(evidence.kudosExcess()).isEqualTo(30);
        assertThat(evidence.kudos()).hasSize(3);
        assertThat(evidence.assignmentsDue()).hasSize(3);
        assertThat(evidence.assignmentsDue()).filteredOn(a -> a.status() == AssignmentStatus.DONE).hasSize(2)
                .allSatisfy(a -> assertThat(a.completedAt()).isEqualTo(Instant.parse("2023-03-12T02:00:00Z")));
        assertThat(evidence.scheme().parameters().base()).isEqualByComparingTo("2000");
        assertThat(evidence.scheme().id()).isEqualTo(s.schemeId());
        assertThat(evidence.estimate()).isFalse();

        // the staff member sees nothing before the month is locked
        assertThat(consultant.act(() -> statements.mine())).isEmpty();
        assertThatThrownBy(() -> consultant.act(() -> statements.evidence(s.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_failure_halfway_leaves_the_previous_draft_with_its_adjustments_intact() {
        YearMonth month = YearMonth.of(2023, 4);
        TestStaff.Member member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1");
        assertThat(asHr("hr1", () -> runs.runNow(month, RunProgress.NONE)).status()).isEqualTo(RunStatus.SUCCEEDED);
        Statement before = statementOf(statements, month, member.staffId());
        asHr("hr1", () -> workflow.adjust(before.id(), new BigDecimal("150.50"), "补发上月漏算的夜班补贴"));
        List<Statement> draft = asHr("hr1", () -> statements.ofMonth(month));

        RunState failed = asHr("hr1", () -> runs.runNow(month, (done, total) -> {
            throw new IllegalStateException("database went away after " + done + " of " + total);
        }));

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.detail()).contains("database went away");
        assertThat(asHr("hr1", () -> statements.ofMonth(month))).isEqualTo(draft);
        assertThat(statementOf(statements, month, member.staffId()).finalAmount())
                .isEqualByComparingTo(before.calculated().add(new BigDecimal("150.50")));
        // and the month is free again: a recalculation keeps HR's adjustment
        assertThat(asHr("hr1", () -> runs.runNow(month, RunProgress.NONE)).status()).isEqualTo(RunStatus.SUCCEEDED);
        Statement after = statementOf(statements, month, member.staffId());
        assertThat(after.adjustment()).isEqualByComparingTo("150.50");
        assertThat(after.adjustmentReason()).isEqualTo("补发上月漏算的夜班补贴");
    }

    @Test
    void a_second_start_while_a_run_holds_the_month_is_refused() throws Exception {
        YearMonth month = YearMonth.of(2023, 5);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<RunState> first = pool.submit(() -> asHr("hr1", () -> runs.runNow(month, (done, total) -> {
                inside.countDown();
                await(release);
            })));
            assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> asHr("hr2", () -> runs.runNow(month, RunProgress.NONE)))
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("incentive.run.already-running"));
            assertThatThrownBy(() -> asHr("hr2", () -> runs.start(month))).isInstanceOf(ConflictException.class);
            release.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.SUCCEEDED);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(asHr("hr2", () -> runs.runNow(month, RunProgress.NONE)).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void concurrent_starts_of_one_month_never_overlap() throws Exception {
        YearMonth month = YearMonth.of(2023, 6);
        int starts = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(starts);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < starts; i++) {
                outcomes.add(pool.submit(() -> {
                    await(go);
                    try {
                        return asHr("hr1", () -> runs.runNow(month, RunProgress.NONE)).status().name();
                    } catch (ConflictException e) {
                        return e.messageKey();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }
            assertThat(results).contains("SUCCEEDED")
                    .allMatch(r -> r.equals("SUCCEEDED") || r.equals("incentive.run.already-running"));
        } finally {
            pool.shutdownNow();
        }
        List<Statement> written = asHr("hr1", () -> statements.ofMonth(month));
        assertThat(written).extracting(Statement::staffId).doesNotHaveDuplicates();
        assertThat(written).isNotEmpty();
    }

    @Test
    void staff_supervisors_and_quality_cannot_run_a_month_and_the_future_is_refused() {
        YearMonth month = YearMonth.of(2023, 7);
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> runs.runNow(month, RunProgress.NONE), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> runs.start(month), "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> runs.start(month), "ROLE_QUALITY"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHr("hr1", () -> runs.runNow(YearMonth.now().plusMonths(2), RunProgress.NONE)))
                .isInstanceOf(com.touchpoint.shared.InvalidInputException.class);
    }

    @Test
    void a_run_whose_node_died_is_taken_over_at_once_by_its_own_actor_and_by_no_one_else() {
        YearMonth month = YearMonth.of(2023, 8);
        String job = "system:monthly-incentives";
        TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1");
        List<Statement> reference = statementsAfter(TestAccess.as(job, () -> runs.runNow(month, RunProgress.NONE),
                "ROLE_HR"), month);
        // the scheduled run began on a node that then died: its run row and claim were committed, nothing else
        jdbc.update("insert into incentive_run (incentive_month, status, started_by, started_at, statements)"
                + " values (?, 'RUNNING', ?, current_timestamp(6), 0)", month.toString(), job);
        long dead = jdbc.queryForObject("select max(id) from incentive_run", Long.class);
        jdbc.update("update incentive_month set run_id = ?, claimed_at = current_timestamp(6) where incentive_month = ?",
                dead, month.toString());

        assertThatThrownBy(() -> asHr("hr1", () -> runs.runNow(month, RunProgress.NONE)))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("incentive.run.already-running"));
        assertThatThrownBy(() -> asHr("hr1", () -> runs.rerunInterrupted(month, RunProgress.NONE)))
                .as("another actor's running run is not taken over").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> runs.rerunInterrupted(month, RunProgress.NONE),
                "ROLE_STAFF")).isInstanceOf(AccessDeniedException.class);

        RunState recovered = TestAccess.as(job, () -> runs.rerunInterrupted(month, RunProgress.NONE), "ROLE_HR");

        assertThat(recovered.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(statementsAfter(recovered, month)).isEqualTo(reference);
        assertThat(jdbc.queryForMap("select status, detail from incentive_run where id = ?", dead))
                .containsEntry("status", "FAILED").containsEntry("detail", "incentive.run.interrupted");
        assertThat(jdbc.queryForObject("select run_id from incentive_month where incentive_month = ?", Long.class,
                month.toString())).isNull();
        assertThat(asHr("hr1", () -> runs.runNow(month, RunProgress.NONE)).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    /** The month's statements after a run, without their ids (a run writes new rows). */
    private List<Statement> statementsAfter(RunState run, YearMonth month) {
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        List<Statement> written = asHr("hr1", () -> statements.ofMonth(month));
        assertThat(written).hasSize(run.statements()).isNotEmpty();
        return written.stream().map(IncentiveRunTests::withoutId).toList();
    }

    private static Statement withoutId(Statement s) {
        return new Statement(0, s.month(), s.staffId(), s.employeeNo(), s.name(), s.postCode(), s.teamCode(),
                s.teamName(), s.schemeId(), s.callbacks(), s.index(), s.adjustedIndex(), s.target(),
                s.insufficientSample(), s.satisfactionCoefficient(), s.assignmentsDue(), s.assignmentsOnTime(),
                s.trainingCoefficient(), s.kudosPoints(), s.recognitionBonus(), s.complaints(), s.complaintDeduction(),
                s.base(), s.calculated(), s.adjustment(), s.adjustmentReason(), s.finalAmount());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
