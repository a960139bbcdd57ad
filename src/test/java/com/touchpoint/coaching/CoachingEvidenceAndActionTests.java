package com.touchpoint.coaching;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static com.touchpoint.coaching.CoachingFixtures.asHr;
import static com.touchpoint.coaching.CoachingFixtures.asSupervisor1;
import static com.touchpoint.coaching.CoachingFixtures.asSupervisor2;
import static com.touchpoint.coaching.CoachingFixtures.request;
import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The evidence on a session's agenda and the action items agreed in it, with training assigned in the same step. */
@TouchpointTest
class CoachingEvidenceAndActionTests {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    CoachingActions actions;
    @Autowired
    CoachingEvidence evidence;
    @Autowired
    CallbackIntake intake;
    @Autowired
    TrainingAssignments training;
    @Autowired
    TrainingCatalog catalog;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;

    TestStaff.Member member;
    long sessionId;
    LocalDate today;

    @BeforeEach
    void aMemberWithWeakPromises() {
        member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1");
        today = time.today();
        var data = new CoachingTestData(member.employeeNo());
        for (int i = 0; i < 12; i++) {
            boolean low = i < 3;
            data.completed(today.minusDays(2 + i), answers("ATTITUDE", 5, "EFFICIENCY", 5, "PROFESSIONAL", 5,
                    "PROMISE", low ? 1 : 4, "RESOLUTION", 5), low && i == 0, low ? "说好下午到，结果晚上才来" + i : "很好");
        }
        data.completed(today.minusDays(200), answers("PROMISE", 1), true, "很久以前的投诉");
        data.deliver(intake);
        sessionId = asSupervisor1(() -> sessions.schedule(request(member.staffId(),
                LocalDateTime.now(time.zone()).withNano(0), "PROMISE"))).id();
    }

    @Test
    void the_agenda_shows_weak_items_with_the_callbacks_behind_them_the_trend_and_complaints() {
        SessionEvidence shown = asSupervisor1(() -> evidence.forSession(sessionId));
        assertThat(shown.asOf()).isEqualTo(today.minusDays(1));
        assertThat(shown.callbacks()).isEqualTo(12);
        assertThat(shown.insufficientSample()).isFalse();
        // PROMISE: three answers of 1 (0) and nine of 4 (75): mean 56.25, below the SHOP_SALES target of 85
        assertThat(shown.weakItems()).first().satisfies(w -> {
            assertThat(w.code()).isEqualTo("PROMISE");
            assertThat(w.mean()).isCloseTo(56.25, within(1e-9));
            assertThat(w.answers()).isEqualTo(12);
            assertThat(w.callbacks()).extracting(CallbackSummary::comment)
                    .containsExactly("说好下午到，结果晚上才来0", "说好下午到，结果晚上才来1", "说好下午到，结果晚上才来2");
        });
        assertThat(shown.weakItems()).extracting(SessionEvidence.WeakItem::code).doesNotContain("ATTITUDE");
        assertThat(shown.trend()).hasSize(6);
        assertThat(shown.trend().get(5).month()).isEqualTo(java.time.YearMonth.from(today.minusDays(1)));
        assertThat(shown.complaints()).isEqualTo(1);
        assertThat(member.act(() -> evidence.forSession(sessionId)).weakItems()).isNotEmpty();
        assertThatThrownBy(() -> asSupervisor2(() -> evidence.forSession(sessionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHr(() -> evidence.forSession(sessionId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_action_item_with_training_creates_the_assignment_in_the_same_step() {
        String module = TestAccess.asAdmin(() -> catalog.modules()).get(0).id();
        LocalDate due = today.plusDays(14);
        ActionView action = asSupervisor1(() -> actions.add(sessionId, new ActionRequest(ActionOwner.STAFF,
                "完成承诺管理场景练习", due, "PROMISE", module)));
        assertThat(action.trainingAssignmentId()).isNotNull();
        assertThat(action.trainingTitleZh()).isNotBlank();
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        List<Assignment> assigned = member.act(() -> training.mine());
        assertThat(assigned).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(action.trainingAssignmentId());
            assertThat(a.moduleId()).isEqualTo(module);
            assertThat(a.dueDate()).isEqualTo(due);
            assertThat(a.status()).isEqualTo(AssignmentStatus.OPEN);
        });
        SessionDetails seen = member.act(() -> sessions.details(sessionId));
        assertThat(seen.actions()).extracting(ActionView::description).containsExactly("完成承诺管理场景练习");
        assertThat(asSupervisor1(() -> evidence.forSession(sessionId)).assignments()).extracting(Assignment::id)
                .contains(action.trainingAssignmentId());
    }

    @Test
    void a_refused_action_leaves_neither_the_action_nor_a_training_assignment() {
        String module = TestAccess.asAdmin(() -> catalog.modules()).get(0).id();
        assertThatThrownBy(() -> asSupervisor1(() -> actions.add(sessionId, new ActionRequest(null, " ",
                today.minusDays(1), "NOPE", module))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("owner", "description", "dueDate", "target"));
        assertThatThrownBy(() -> asSupervisor1(() -> actions.add(sessionId, new ActionRequest(ActionOwner.STAFF,
                "练习", today.plusDays(3), "PROMISE", "no-such-module"))))
                .isInstanceOf(com.touchpoint.shared.NotFoundException.class);
        assertThat(member.act(() -> training.mine())).isEmpty();
        assertThat(asSupervisor1(() -> sessions.details(sessionId)).actions()).isEmpty();
    }

    @Test
    void the_staff_member_closes_their_own_actions_but_not_the_supervisors() {
        ActionView mine = asSupervisor1(() -> actions.add(sessionId, new ActionRequest(ActionOwner.STAFF,
                "每次都告诉客户上门时间", today.plusDays(7), "PROMISE", null)));
        ActionView theirs = asSupervisor1(() -> actions.add(sessionId, new ActionRequest(ActionOwner.SUPERVISOR,
                "调整排班", today.plusDays(7), ActionItem.INDEX, null)));
        assertThat(member.act(() -> actions.markDone(mine.id())).status()).isEqualTo(ActionStatus.DONE_ON_TIME);
        assertThatThrownBy(() -> member.act(() -> actions.markDone(theirs.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asSupervisor2(() -> actions.markDone(theirs.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asSupervisor1(() -> actions.markDone(theirs.id())).doneOn()).isEqualTo(today);
    }
}
