package com.touchpoint.notification;

import com.touchpoint.TouchpointTest;
import com.touchpoint.recognition.KudosGiven;
import com.touchpoint.recognition.KudosHidden;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.AssignmentOverdue;
import com.touchpoint.training.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices follow the events other features publish, and only when what the event announces was committed.
 * The events are published here directly, as their features would.
 */
@TouchpointTest
class NoticesFromEventsTests {

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

    TestStaff.Member giver;
    TestStaff.Member receiver;

    @BeforeEach
    void colleagues() {
        giver = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "赠予人");
        receiver = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "接收人");
    }

    private void publishCommitted(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    @Test
    void the_receiver_of_a_kudos_is_told_who_gave_how_many_points() {
        publishCommitted(new KudosGiven(1L, giver.staffId(), "赠予人", receiver.staffId(), "TEAMWORK", 25,
                LocalDate.of(2026, 5, 6)));

        assertThat(receiver.act(() -> notifications.recent(5))).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.kudos.received");
            assertThat(n.args()).containsExactly("赠予人", "25");
            assertThat(n.link()).isEqualTo("recognition/received");
        });
        assertThat(giver.act(() -> notifications.recent(5))).isEmpty();
    }

    @Test
    void the_giver_of_a_hidden_kudos_is_told_the_points_and_the_reason() {
        publishCommitted(new KudosHidden(1L, giver.staffId(), receiver.staffId(), 40, "内容与工作无关", "supervisor2"));

        assertThat(giver.act(() -> notifications.recent(5))).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.kudos.hidden");
            assertThat(n.args()).containsExactly("40", "内容与工作无关");
        });
        assertThat(receiver.act(() -> notifications.recent(5))).isEmpty();
    }

    @Test
    void no_notice_is_left_when_what_the_event_announces_is_rolled_back() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new KudosGiven(1L, giver.staffId(), "赠予人", receiver.staffId(), "TEAMWORK", 25,
                    LocalDate.of(2026, 5, 6)));
            status.setRollbackOnly();
        });

        assertThat(receiver.act(() -> notifications.unreadCount())).isZero();
    }

    @Test
    void an_overdue_assignment_is_told_to_the_staff_member_and_the_supervisors_of_their_team() {
        StaffRef member = TestAccess.asAdmin(() -> directory.ref(receiver.staffId())).orElseThrow();

        publishCommitted(new AssignmentOverdue(1L, member, "m1", new LocalizedText("模块", "Module"),
                LocalDate.of(2026, 5, 6)));

        assertThat(receiver.act(() -> notifications.recent(5))).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.training.overdue");
            assertThat(n.args()).containsExactly("模块", "Module", "2026-05-06");
        });
        assertThat(TestAccess.as("supervisor2", () -> notifications.recent(50), "ROLE_SUPERVISOR"))
                .anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notification.training.overdue-member");
                    assertThat(n.args()).containsExactly("模块", "Module", "2026-05-06", "接收人", receiver.employeeNo());
                });
    }
}
