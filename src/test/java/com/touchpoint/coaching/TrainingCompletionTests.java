package com.touchpoint.coaching;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.Debrief;
import com.touchpoint.training.Reply;
import com.touchpoint.training.ScenarioRun;
import com.touchpoint.training.TrainingAttempts;
import com.touchpoint.training.TrainingCatalog;
import com.touchpoint.training.TrainingModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static com.touchpoint.coaching.CoachingFixtures.asSupervisor1;
import static com.touchpoint.coaching.CoachingFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/** An action with a training assignment is done when a passed attempt completes that assignment, and only then. */
@TouchpointTest
class TrainingCompletionTests {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    CoachingActions actions;
    @Autowired
    TrainingAttempts attempts;
    @Autowired
    TrainingCatalog catalog;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;

    TestStaff.Member member;
    TrainingModule practised;
    TrainingModule other;
    long sessionId;
    LocalDate today;

    @BeforeEach
    void aSessionWithActions() {
        member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1", "练习员工");
        List<TrainingModule> modules = TestAccess.asAdmin(() -> catalog.modules());
        practised = modules.get(0);
        other = modules.get(1);
        today = time.today();
        sessionId = asSupervisor1(() -> sessions.schedule(request(member.staffId(),
                LocalDateTime.now(time.zone()).withNano(0), "PROMISE"))).id();
    }

    private ActionView add(String description, String moduleId) {
        return asSupervisor1(() -> actions.add(sessionId, new ActionRequest(ActionOwner.STAFF, description,
                today.plusDays(10), "PROMISE", moduleId)));
    }

    /** Plays a module to an ending along its best replies (a pass) or its worst ones (a fail). */
    private Debrief play(TestStaff.Member who, TrainingModule module, boolean best) {
        ScenarioRun run = who.act(() -> attempts.start(module.id()));
        while (!run.ended()) {
            run.choose(best ? run.currentStep().betterReplyIndex() : worst(run.currentStep().replies()));
        }
        return who.act(() -> attempts.finish(run));
    }

    private static int worst(List<Reply> replies) {
        int worst = 0;
        for (int i = 1; i < replies.size(); i++) {
            if (replies.get(i).effectSum() < replies.get(worst).effectSum()) {
                worst = i;
            }
        }
        return worst;
    }

    private ActionView seen(long actionId) {
        return asSupervisor1(() -> sessions.details(sessionId)).actions().stream()
                .filter(a -> a.id() == actionId).findFirst().orElseThrow();
    }

    @Test
    void passing_the_assigned_module_closes_its_action_today_and_leaves_the_others_open() {
        ActionView withTraining = add("完成承诺管理场景练习", practised.id());
        ActionView otherTraining = add("完成另一个场景练习", other.id());
        ActionView plain = add("每次都告诉客户上门时间", null);

        Debrief passed = play(member, practised, true);
        assertThat(passed.attempt().passed()).as("the best path passes").isTrue();

        assertThat(seen(withTraining.id())).satisfies(a -> {
            assertThat(a.doneOn()).isEqualTo(today);
            assertThat(a.status()).isEqualTo(ActionStatus.DONE_ON_TIME);
        });
        assertThat(seen(otherTraining.id()).doneOn()).isNull();
        assertThat(seen(plain.id()).doneOn()).isNull();
    }

    @Test
    void a_failed_attempt_leaves_the_action_open_and_a_later_pass_closes_it() {
        ActionView withTraining = add("完成承诺管理场景练习", practised.id());

        Debrief failed = play(member, practised, false);
        assertThat(failed.attempt().passed()).as("the worst path fails").isFalse();
        assertThat(seen(withTraining.id()).doneOn()).isNull();
        assertThat(seen(withTraining.id()).status()).isEqualTo(ActionStatus.OPEN);

        play(member, practised, true);
        assertThat(seen(withTraining.id()).doneOn()).isEqualTo(today);
    }

    @Test
    void a_pass_by_someone_else_closes_nothing_of_this_member() {
        ActionView withTraining = add("完成承诺管理场景练习", practised.id());
        TestStaff.Member colleague = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1", "同组同事");

        assertThat(play(colleague, practised, true).attempt().passed()).isTrue();

        assertThat(seen(withTraining.id()).doneOn()).isNull();
    }
}
