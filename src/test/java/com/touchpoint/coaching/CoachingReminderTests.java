package com.touchpoint.coaching;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import com.touchpoint.notification.Notice;
import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.touchpoint.coaching.CoachingFixtures.asSupervisor1;
import static com.touchpoint.coaching.CoachingFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reminder job's work, run twice each time: every notice goes out once. */
@TouchpointTest
class CoachingReminderTests {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    CoachingActions actions;
    @Autowired
    CoachingReminders reminders;
    @Autowired
    NotificationCenter notifications;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runTwice() {
        TestAccess.asAdmin(() -> reminders.sendReminders());
        TestAccess.asAdmin(() -> reminders.sendReminders());
    }

    private static List<String> keys(TestStaff.Member member, NotificationCenter notifications) {
        return member.act(() -> notifications.recent(50)).stream().map(Notice::messageKey)
                .filter(key -> !key.equals("notification.coaching.scheduled")).toList();
    }

    private List<Notice> supervisorNotices(String key, String staffName) {
        return TestAccess.as("supervisor1", () -> notifications.recent(200), "ROLE_SUPERVISOR", "ROLE_STAFF").stream()
                .filter(n -> n.messageKey().equals(key) && n.args().contains(staffName)).toList();
    }

    @Test
    void a_session_tomorrow_and_actions_due_in_two_days_are_reminded_once_and_overdue_ones_flagged_once() {
        clock.set(Instant.now());
        TestStaff.Member member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1", "提醒测试员");
        LocalDate today = time.today();
        long now = asSupervisor1(() -> sessions.schedule(request(member.staffId(), today.atTime(0, 0)))).id();
        asSupervisor1(() -> sessions.schedule(request(member.staffId(), today.plusDays(1).atTime(10, 0))));
        asSupervisor1(() -> sessions.schedule(request(member.staffId(), today.plusDays(7).atTime(10, 0))));
        asSupervisor1(() -> actions.add(now, new ActionRequest(ActionOwner.STAFF, "两天后到期", today.plusDays(2),
                "PROMISE", null)));
        asSupervisor1(() -> actions.add(now, new ActionRequest(ActionOwner.STAFF, "五天后到期", today.plusDays(5),
                "PROMISE", null)));
        asSupervisor1(() -> actions.add(now, new ActionRequest(ActionOwner.SUPERVISOR, "主管的行动", today.plusDays(5),
                ActionItem.INDEX, null)));

        runTwice();
        assertThat(keys(member, notifications)).containsExactlyInAnyOrder(
                "notification.coaching.session-soon", "notification.coaching.action-due");
        assertThat(supervisorNotices("notification.coaching.session-soon-coach", "提醒测试员")).hasSize(1);

        clock.set(clock.instant().plus(Duration.ofDays(6)));
        runTwice();
        List<String> after = keys(member, notifications);
        assertThat(after.stream().filter("notification.coaching.action-overdue"::equals)).hasSize(2);
        assertThat(after.stream().filter("notification.coaching.action-due"::equals)).hasSize(1);
        assertThat(after.stream().filter("notification.coaching.session-soon"::equals)).hasSize(2);
        assertThat(supervisorNotices("notification.coaching.action-overdue-member", "提醒测试员")).hasSize(2);
    }

    @Test
    void only_the_system_runs_the_reminders() {
        assertThatThrownBy(() -> asSupervisor1(() -> reminders.sendReminders())).isInstanceOf(AccessDeniedException.class);
    }
}
