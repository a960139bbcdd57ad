package com.touchpoint.training;

import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What training tells the other features: attempts finished, modules assigned, due soon and overdue. */
@TouchpointTest
@ExtendWith(PublishedEventsExtension.class)
class TrainingEventsTests {

    @Autowired
    TrainingCatalog catalog;
    @Autowired
    TrainingAttempts attempts;
    @Autowired
    TrainingAssignments assignments;
    @Autowired
    TrainingAssignmentRepository assignmentRepository;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Clock clock;

    TestStaff.Member trainee;
    TrainingModule module;

    @BeforeEach
    void trainee() {
        trainee = Trainees.newTrainee(directory, accounts, "FIELD_ENGINEER", "T-WEST-2");
        module = catalog.modules().get(0);
    }

    @Test
    void finishing_a_play_publishes_the_score_computed_from_the_path(PublishedEvents events) {
        ScenarioRun run = Trainees.playThrough(trainee.act(() -> attempts.start(module.id())), 1);
        AttemptScore expected = ModuleScoring.score(module, run.path());

        trainee.act(() -> attempts.finish(run));

        assertThat(events.ofType(AttemptFinished.class)).singleElement().satisfies(e -> {
            assertThat(e.attemptId()).isEqualTo(run.attemptId());
            assertThat(e.staffId()).isEqualTo(trainee.staffId());
            assertThat(e.moduleId()).isEqualTo(module.id());
            assertThat(e.score()).isEqualByComparingTo(expected.total());
            assertThat(e.passed()).isEqualTo(expected.passed());
            assertThat(e.finishedAt()).isNotNull();
        });
    }

    @Test
    void starting_a_play_publishes_nothing(PublishedEvents events) {
        trainee.act(() -> attempts.start(module.id()));

        assertThat(events.ofType(AttemptFinished.class)).isEmpty();
    }

    @Test
    void assigning_publishes_one_event_per_new_assignment_and_none_for_someone_who_has_it_open(PublishedEvents events) {
        LocalDate due = assignments.today().plusDays(5);
        assign(due);
        assign(due.plusDays(1));

        long id = trainee.act(() -> assignments.mine()).get(0).id();
        assertThat(events.ofType(TrainingAssigned.class)).containsExactly(
                new TrainingAssigned(id, trainee.staffId(), module.id(), module.title(), due, "supervisor2"));
    }

    @Test
    void the_reminder_run_publishes_due_soon_and_overdue_assignments_once(PublishedEvents events) {
        LocalDate today = assignments.today();
        TrainingModule other = catalog.modules().get(1);
        TrainingAssignment dueSoon = assignmentRepository.save(new TrainingAssignment(trainee.staffId(), module.id(),
                today.plusDays(1), "supervisor2", clock.instant()));
        TrainingAssignment overdue = assignmentRepository.save(new TrainingAssignment(trainee.staffId(), other.id(),
                today.minusDays(1), "supervisor2", clock.instant()));
        StaffRef member = TestAccess.asAdmin(() -> directory.ref(trainee.staffId())).orElseThrow();

        TestAccess.asAdmin(() -> assignments.sendReminders());
        TestAccess.asAdmin(() -> assignments.sendReminders());

        assertThat(events.ofType(AssignmentDueSoon.class).matching(AssignmentDueSoon::staffId, trainee.staffId()))
                .containsExactly(new AssignmentDueSoon(dueSoon.getId(), trainee.staffId(), module.id(), module.title(),
                        today.plusDays(1)));
        assertThat(events.ofType(AssignmentOverdue.class).matching(e -> e.member().id() == trainee.staffId()))
                .containsExactly(new AssignmentOverdue(overdue.getId(), member, other.id(), other.title(),
                        today.minusDays(1)));
    }

    private void assign(LocalDate due) {
        TestAccess.as("supervisor2", () -> assignments.assign(module.id(), List.of(trainee.staffId()), due),
                "ROLE_STAFF", "ROLE_SUPERVISOR");
    }
}
