package com.touchpoint.notification;

import com.touchpoint.TouchpointTest;
import com.touchpoint.coaching.ActionDueSoon;
import com.touchpoint.coaching.ActionOverdue;
import com.touchpoint.coaching.ActionOwner;
import com.touchpoint.coaching.SessionHeld;
import com.touchpoint.coaching.SessionReminderDue;
import com.touchpoint.coaching.SessionScheduled;
import com.touchpoint.coaching.SummaryAcknowledged;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coaching notices follow the events coaching publishes: the staff member, the coach, or both, with a link to the
 * session. The events are published here directly, as coaching would; the coach is a fresh account so that only
 * these notices reach it.
 */
@TouchpointTest
class CoachingNoticesTests {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 6);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NotificationCenter notifications;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    TestStaff.Member member;
    TestStaff.Member coach;

    @BeforeEach
    void aMemberAndACoach() {
        member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "面谈员工");
        coach = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "辅导人");
    }

    private void publishCommitted(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<Notice> of(TestStaff.Member who) {
        return who.act(() -> notifications.recent(10));
    }

    @Test
    void the_staff_member_is_told_of_a_scheduled_session_and_of_a_summary_to_acknowledge() {
        publishCommitted(new SessionScheduled(7L, member.staffId(), coach.username(), DAY.atTime(14, 30)));
        publishCommitted(new SessionHeld(7L, member.staffId(), coach.username(), DAY));

        assertThat(of(member)).extracting(Notice::messageKey, Notice::args, Notice::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple("notification.coaching.held", List.of("2026-05-06"),
                        "coaching/session/7"),
                org.assertj.core.groups.Tuple.tuple("notification.coaching.scheduled", List.of("2026-05-06", "14:30"),
                        "coaching/session/7"));
        assertThat(of(coach)).isEmpty();
    }

    @Test
    void the_coach_is_told_who_acknowledged_which_session() {
        publishCommitted(new SummaryAcknowledged(7L, member.staffId(), "面谈员工", coach.username(), DAY));

        assertThat(of(coach)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.coaching.acknowledged");
            assertThat(n.args()).containsExactly("面谈员工", "2026-05-06");
        });
        assertThat(of(member)).isEmpty();
    }

    @Test
    void a_coming_session_is_told_to_both_and_the_coach_learns_with_whom() {
        publishCommitted(new SessionReminderDue(7L, member.staffId(), "面谈员工", coach.username(), DAY.atTime(9, 0)));

        assertThat(of(member)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.coaching.session-soon");
            assertThat(n.args()).containsExactly("2026-05-06", "09:00");
        });
        assertThat(of(coach)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.coaching.session-soon-coach");
            assertThat(n.args()).containsExactly("2026-05-06", "09:00", "面谈员工");
        });
    }

    @Test
    void an_action_due_soon_is_told_to_its_owner_only() {
        publishCommitted(new ActionDueSoon(1L, 7L, member.staffId(), coach.username(), ActionOwner.STAFF, "练习", DAY));
        publishCommitted(new ActionDueSoon(2L, 7L, member.staffId(), coach.username(), ActionOwner.SUPERVISOR, "排班",
                DAY));

        assertThat(of(member)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.coaching.action-due");
            assertThat(n.args()).containsExactly("练习", "2026-05-06");
        });
        assertThat(of(coach)).singleElement().satisfies(n -> assertThat(n.args()).containsExactly("排班", "2026-05-06"));
    }

    @Test
    void an_overdue_staff_action_is_told_to_the_staff_member_and_the_coach_a_coach_action_to_the_coach() {
        publishCommitted(new ActionOverdue(1L, 7L, member.staffId(), "面谈员工", coach.username(), ActionOwner.STAFF,
                "练习", DAY));
        publishCommitted(new ActionOverdue(2L, 7L, member.staffId(), "面谈员工", coach.username(),
                ActionOwner.SUPERVISOR, "排班", DAY));

        assertThat(of(member)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.coaching.action-overdue");
            assertThat(n.args()).containsExactly("练习", "2026-05-06");
        });
        assertThat(of(coach)).extracting(Notice::messageKey, Notice::args).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("notification.coaching.action-overdue-member",
                        List.of("练习", "2026-05-06", "面谈员工")),
                org.assertj.core.groups.Tuple.tuple("notification.coaching.action-overdue", List.of("排班", "2026-05-06")));
    }

    @Test
    void no_notice_is_left_when_the_session_is_rolled_back() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SessionScheduled(7L, member.staffId(), coach.username(), DAY.atTime(14, 30)));
            status.setRollbackOnly();
        });

        assertThat(member.act(() -> notifications.unreadCount())).isZero();
    }
}
