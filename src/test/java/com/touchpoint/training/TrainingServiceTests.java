package com.touchpoint.training;

import com.touchpoint.TouchpointTest;
import com.touchpoint.notification.Notice;
import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.shared.ChunkedWork;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TouchpointTest
class TrainingServiceTests {

    @Autowired
    TrainingCatalog catalog;
    @Autowired
    TrainingAttempts attempts;
    @Autowired
    TrainingAssignments assignments;
    @Autowired
    TrainingAssignmentRepository assignmentRepository;
    @Autowired
    NotificationCenter notifications;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Clock clock;
    @Autowired
    TrainingProperties properties;
    @Autowired
    org.quartz.Scheduler scheduler;

    TestStaff.Member westTrainee;
    TrainingModule module;

    @BeforeEach
    void trainee() {
        westTrainee = Trainees.newTrainee(directory, accounts, "FIELD_ENGINEER", "T-WEST-2");
        module = catalog.modules().get(0);
    }

    private LocalDate today() {
        return assignments.today();
    }

    @Test
    void a_finished_play_is_stored_with_version_hash_path_and_the_scores_computed_from_the_path() {
        ScenarioRun run = westTrainee.act(() -> attempts.start(module.id()));
        Trainees.playThrough(run, 1);
        Debrief debrief = westTrainee.act(() -> attempts.finish(run));

        AttemptSummary stored = westTrainee.act(() -> attempts.history(westTrainee.staffId())).get(0);
        AttemptScore expected = ModuleScoring.score(module, run.path());
        assertThat(stored.id()).isEqualTo(run.attemptId());
        assertThat(stored.moduleId()).isEqualTo(module.id());
        assertThat(stored.moduleVersion()).isEqualTo(module.version());
        assertThat(stored.completed()).isTrue();
        assertThat(stored.total()).isEqualByComparingTo(expected.total());
        assertThat(stored.passed()).isEqualTo(expected.passed());
        assertThat(stored.skills()).isEqualTo(expected.skills());
        assertThat(stored.durationSeconds()).isNotNull();
        assertThat(debrief.steps()).hasSize(run.path().size());
        assertThat(debrief.ending().id()).isEqualTo(run.currentStep().id());
    }

    @Test
    void the_best_path_passes_with_full_marks_and_the_debrief_suggests_nothing_better() {
        ScenarioRun run = westTrainee.act(() -> attempts.start(module.id()));
        for (Choice ignored : Trainees.bestPath(module)) {
            run.choose(run.currentStep().betterReplyIndex());
        }
        Debrief debrief = westTrainee.act(() -> attempts.finish(run));
        assertThat(debrief.attempt().passed()).isTrue();
        assertThat(debrief.steps()).allSatisfy(step -> assertThat(step.better()).isNull());
    }

    @Test
    void an_abandoned_play_stays_unfinished_in_the_history() {
        westTrainee.act(() -> attempts.start(module.id()));
        List<AttemptSummary> history = westTrainee.act(() -> attempts.history(westTrainee.staffId()));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).completed()).isFalse();
        assertThat(history.get(0).total()).isNull();
    }

    @Test
    void attempts_are_refused_to_colleagues_and_to_supervisors_of_other_teams() {
        ScenarioRun run = westTrainee.act(() -> attempts.start(module.id()));
        westTrainee.act(() -> attempts.finish(Trainees.playThrough(run, 0)));
        long attemptId = run.attemptId();
        long staffId = westTrainee.staffId();

        assertThatThrownBy(() -> TestAccess.as("staff2", () -> attempts.history(staffId), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> attempts.history(staffId), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> attempts.debrief(attemptId), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOf(NotFoundException.class);
        long westTeam = TestAccess.asAdmin(() -> directory.ref(staffId)).orElseThrow().teamId();
        assertThatThrownBy(() -> TestAccess.as("supervisor5",
                () -> attempts.ofTeam(westTeam, clock.instant().minusSeconds(3600)), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(TestAccess.as("supervisor2", () -> attempts.debrief(attemptId), "ROLE_STAFF", "ROLE_SUPERVISOR")
                .attempt().staffId()).isEqualTo(staffId);
        assertThat(TestAccess.as("supervisor2", () -> attempts.ofTeam(westTeam, clock.instant().minusSeconds(3600)),
                "ROLE_STAFF", "ROLE_SUPERVISOR")).extracting(AttemptSummary::id).contains(attemptId);
    }

    @Test
    void another_staff_member_cannot_finish_someone_elses_play() {
        ScenarioRun run = Trainees.playThrough(westTrainee.act(() -> attempts.start(module.id())), 0);
        assertThatThrownBy(() -> TestAccess.as("staff2", () -> attempts.finish(run), "ROLE_STAFF"))
                .isInstanceOf(NotFoundException.class);
        assertThat(westTrainee.act(() -> attempts.history(westTrainee.staffId())).get(0).completed()).isFalse();
    }

    @Test
    void a_supervisor_assigns_within_the_team_the_staff_member_is_notified_and_finishing_completes_it() {
        AssignResult result = TestAccess.as("supervisor2", () -> assignments.assign(module.id(),
                List.of(westTrainee.staffId()), today().plusDays(5)), "ROLE_STAFF", "ROLE_SUPERVISOR");
        assertThat(result).isEqualTo(new AssignResult(1, 0));
        AssignResult again = TestAccess.as("supervisor2", () -> assignments.assign(module.id(),
                List.of(westTrainee.staffId()), today().plusDays(6)), "ROLE_STAFF", "ROLE_SUPERVISOR");
        assertThat(again).isEqualTo(new AssignResult(0, 1));

        List<Assignment> mine = westTrainee.act(() -> assignments.mine());
        assertThat(mine).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AssignmentStatus.OPEN);
            assertThat(a.dueDate()).isEqualTo(today().plusDays(5));
            assertThat(a.assignedBy()).isEqualTo("supervisor2");
        });
        List<Notice> notices = westTrainee.act(() -> notifications.recent(10));
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.training.assigned");
            assertThat(n.args()).containsExactly(module.title().zh(), module.title().in(java.util.Locale.ENGLISH),
                    today().plusDays(5).toString());
            assertThat(n.read()).isFalse();
        });

        ScenarioRun run = westTrainee.act(() -> attempts.start(module.id()));
        westTrainee.act(() -> attempts.finish(Trainees.playBest(run)));
        Assignment done = westTrainee.act(() -> assignments.mine()).get(0);
        assertThat(done.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(done.attemptId()).isEqualTo(run.attemptId());
    }

    @Test
    void a_failed_attempt_leaves_the_assignment_open_as_attempted_not_passed_and_a_later_pass_completes_it() {
        TestAccess.as("supervisor2", () -> assignments.assign(module.id(), List.of(westTrainee.staffId()),
                today().plusDays(5)), "ROLE_STAFF", "ROLE_SUPERVISOR");
        ScenarioRun failed = westTrainee.act(() -> attempts.start(module.id()));
        Debrief debrief = westTrainee.act(() -> attempts.finish(Trainees.playWorst(failed)));
        assertThat(debrief.attempt().passed()).as("the worst path fails").isFalse();

        Assignment open = westTrainee.act(() -> assignments.mine()).get(0);
        assertThat(open.status()).isEqualTo(AssignmentStatus.OPEN);
        assertThat(open.completedAt()).isNull();
        assertThat(open.attemptedNotPassed()).isTrue();
        assertThat(open.failedAttemptId()).isEqualTo(failed.attemptId());
        assertThat(open.failedScore()).isEqualByComparingTo(debrief.attempt().total());
        assertThat(TestAccess.as("supervisor2", () -> assignments.assign(module.id(), List.of(westTrainee.staffId()),
                today().plusDays(6)), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .as("still open, so not assigned twice").isEqualTo(new AssignResult(0, 1));

        ScenarioRun passed = westTrainee.act(() -> attempts.start(module.id()));
        westTrainee.act(() -> attempts.finish(Trainees.playBest(passed)));
        Assignment done = westTrainee.act(() -> assignments.mine()).get(0);
        assertThat(done.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(done.attemptId()).isEqualTo(passed.attemptId());
        assertThat(done.attemptedNotPassed()).isFalse();
    }

    @Test
    void assigning_to_another_team_is_refused_as_a_whole_and_stores_nothing() {
        TestStaff.Member eastTrainee = Trainees.newTrainee(directory, accounts, "SHOP_SALES", "T-EAST-2");
        assertThatThrownBy(() -> TestAccess.as("supervisor2", () -> assignments.assign(module.id(),
                List.of(westTrainee.staffId(), eastTrainee.staffId()), today().plusDays(5)), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(westTrainee.act(() -> assignments.mine())).isEmpty();
        assertThat(eastTrainee.act(() -> assignments.mine())).isEmpty();
        assertThatThrownBy(() -> westTrainee.act(() -> assignments.assign(module.id(),
                List.of(westTrainee.staffId()), today().plusDays(5))))
                .isInstanceOf(AccessDeniedException.class);
        long westTeam = TestAccess.asAdmin(() -> directory.ref(westTrainee.staffId())).orElseThrow().teamId();
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> assignments.ofTeam(westTeam), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void assignments_need_a_future_due_date_a_person_and_a_known_module() {
        assertThatThrownBy(() -> TestAccess.as("supervisor2", () -> assignments.assign(module.id(),
                List.of(westTrainee.staffId()), today().minusDays(1)), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("dueDate:training.assignment.due-in-past"));
        assertThatThrownBy(() -> TestAccess.as("supervisor2", () -> assignments.assign(module.id(),
                List.of(), today().plusDays(1)), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey()).containsExactly("training.assignment.no-staff"));
        assertThatThrownBy(() -> TestAccess.as("supervisor2", () -> assignments.assign("no-such-module",
                List.of(westTrainee.staffId()), today().plusDays(1)), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_reminder_job_reminds_before_the_due_date_flags_overdue_ones_and_tells_each_only_once() {
        TrainingAssignment dueSoon = assignmentRepository.save(new TrainingAssignment(westTrainee.staffId(), module.id(),
                today().plusDays(1), "supervisor2", clock.instant()));
        TrainingAssignment overdue = assignmentRepository.save(new TrainingAssignment(westTrainee.staffId(),
                catalog.modules().get(1).id(), today().minusDays(1), "supervisor2", clock.instant()));

        ReminderRun first = TestAccess.asAdmin(() -> assignments.sendReminders());
        assertThat(first.reminded()).isPositive();
        assertThat(first.flaggedOverdue()).isPositive();
        List<Notice> staffNotices = westTrainee.act(() -> notifications.recent(10));
        assertThat(staffNotices).extracting(Notice::messageKey)
                .containsExactlyInAnyOrder("notification.training.due-soon", "notification.training.overdue");
        assertThat(TestAccess.as("supervisor2", () -> notifications.recent(50), "ROLE_SUPERVISOR"))
                .anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notification.training.overdue-member");
                    assertThat(n.args()).contains(westTrainee.employeeNo());
                });

        ReminderRun second = TestAccess.asAdmin(() -> assignments.sendReminders());
        assertThat(second).isEqualTo(new ReminderRun(0, 0));
        assertThat(westTrainee.act(() -> notifications.recent(10))).hasSize(2);
        assertThat(westTrainee.act(() -> assignments.mine())).extracting(Assignment::id, Assignment::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(dueSoon.getId(), AssignmentStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple(overdue.getId(), AssignmentStatus.OVERDUE));
        assertThatThrownBy(() -> westTrainee.act(() -> assignments.sendReminders()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_run_tells_each_of_many_assignments_once_over_as_many_transactions_as_it_takes() {
        int dueSoon = ChunkedWork.PER_TRANSACTION + 50;
        int overdue = ChunkedWork.PER_TRANSACTION + 20;
        List<TrainingAssignment> many = new ArrayList<>();
        for (int i = 0; i < dueSoon + overdue; i++) {
            many.add(new TrainingAssignment(westTrainee.staffId(), module.id(),
                    i < dueSoon ? today().plusDays(1) : today().minusDays(1), "supervisor2", clock.instant()));
        }
        List<Long> ids = assignmentRepository.saveAll(many).stream().map(TrainingAssignment::getId).toList();

        ReminderRun first = TestAccess.asAdmin(() -> assignments.sendReminders());
        assertThat(first.reminded()).isGreaterThanOrEqualTo(dueSoon);
        assertThat(first.flaggedOverdue()).isGreaterThanOrEqualTo(overdue);
        assertThat(assignmentRepository.findAllById(ids)).hasSize(dueSoon + overdue)
                .noneMatch(a -> a.dueForReminder(today(), today().plusDays(properties.reminderDays()))
                        || a.newlyOverdue(today()));
        assertThat(westTrainee.act(() -> notifications.unreadCount())).isEqualTo(dueSoon + overdue);

        assertThat(TestAccess.asAdmin(() -> assignments.sendReminders())).isEqualTo(new ReminderRun(0, 0));
        assertThat(westTrainee.act(() -> notifications.unreadCount())).isEqualTo(dueSoon + overdue);
    }

    @Test
    void a_supervisor_withdraws_an_open_assignment_of_the_team_only() {
        TestAccess.as("supervisor2", () -> assignments.assign(module.id(), List.of(westTrainee.staffId()),
                today().plusDays(3)), "ROLE_STAFF", "ROLE_SUPERVISOR");
        long id = westTrainee.act(() -> assignments.mine()).get(0).id();
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> {
            assignments.withdraw(id);
            return null;
        }, "ROLE_STAFF", "ROLE_SUPERVISOR")).isInstanceOf(NotFoundException.class);
        TestAccess.as("supervisor2", () -> {
            assignments.withdraw(id);
            return null;
        }, "ROLE_STAFF", "ROLE_SUPERVISOR");
        assertThat(westTrainee.act(() -> assignments.mine())).isEmpty();
    }

    @Test
    void the_daily_job_is_scheduled_at_eight_shanghai_time_and_running_it_sends_the_reminders() throws Exception {
        var trigger = (org.quartz.CronTrigger) scheduler.getTrigger(
                org.quartz.TriggerKey.triggerKey("assignment-reminders-daily", "training"));
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 8 ? * *");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
        assignmentRepository.save(new TrainingAssignment(westTrainee.staffId(), module.id(), today().plusDays(2),
                "supervisor2", clock.instant()));

        scheduler.triggerJob(org.quartz.JobKey.jobKey("assignment-reminders", "training"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> westTrainee.act(() -> notifications.unreadCount()) > 0);
        assertThat(westTrainee.act(() -> notifications.recent(5))).extracting(Notice::messageKey)
                .containsExactly("notification.training.due-soon");
    }
}
