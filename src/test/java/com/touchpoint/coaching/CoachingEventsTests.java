package com.touchpoint.coaching;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static com.touchpoint.coaching.CoachingFixtures.asSupervisor1;
import static com.touchpoint.coaching.CoachingFixtures.asSupervisor2;
import static com.touchpoint.coaching.CoachingFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What coaching tells the other features: sessions scheduled, held, acknowledged and coming up, actions due. */
@TouchpointTest
@ExtendWith(PublishedEventsExtension.class)
class CoachingEventsTests {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    CoachingActions actions;
    @Autowired
    CoachingReminders reminders;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;
    @Autowired
    MutableClock clock;

    TestStaff.Member member;

    @BeforeEach
    void aMember() {
        clock.set(Instant.now());
        member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1", "事件测试员");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void scheduling_holding_and_acknowledging_publish_the_session_the_coach_and_the_day(PublishedEvents events) {
        LocalDateTime at = LocalDateTime.now(clock.withZone(time.zone())).withSecond(0).withNano(0).minusMinutes(5);
        long id = asSupervisor1(() -> sessions.schedule(request(member.staffId(), at, "PROMISE"))).id();
        asSupervisor1(() -> sessions.hold(id));
        member.act(() -> sessions.acknowledge(id, "同意"));

        assertThat(events.ofType(SessionScheduled.class))
                .containsExactly(new SessionScheduled(id, member.staffId(), "supervisor1", at));
        assertThat(events.ofType(SessionHeld.class))
                .containsExactly(new SessionHeld(id, member.staffId(), "supervisor1", at.toLocalDate()));
        assertThat(events.ofType(SummaryAcknowledged.class)).containsExactly(
                new SummaryAcknowledged(id, member.staffId(), "事件测试员", "supervisor1", at.toLocalDate()));
    }

    @Test
    void a_refused_schedule_publishes_nothing(PublishedEvents events) {
        assertThatThrownBy(() -> asSupervisor2(() -> sessions.schedule(request(member.staffId(),
                LocalDateTime.now(time.zone()).plusDays(1))))).isInstanceOf(AccessDeniedException.class);

        assertThat(events.ofType(SessionScheduled.class)).isEmpty();
    }

    @Test
    void each_reminder_is_published_once_however_often_the_run_goes(PublishedEvents events) {
        LocalDate today = time.today();
        LocalDateTime tomorrow = today.plusDays(1).atTime(10, 0);
        long id = asSupervisor1(() -> sessions.schedule(request(member.staffId(), tomorrow))).id();
        ActionView soon = asSupervisor1(() -> actions.add(id, new ActionRequest(ActionOwner.STAFF, "两天后到期",
                today.plusDays(2), "PROMISE", null)));
        ActionView later = asSupervisor1(() -> actions.add(id, new ActionRequest(ActionOwner.SUPERVISOR, "主管的行动",
                today.plusDays(5), ActionItem.INDEX, null)));

        TestAccess.asAdmin(() -> reminders.sendReminders());
        TestAccess.asAdmin(() -> reminders.sendReminders());
        clock.set(clock.instant().plus(Duration.ofDays(6)));
        TestAccess.asAdmin(() -> reminders.sendReminders());
        TestAccess.asAdmin(() -> reminders.sendReminders());

        assertThat(events.ofType(SessionReminderDue.class).matching(e -> e.sessionId() == id))
                .containsExactly(new SessionReminderDue(id, member.staffId(), "事件测试员", "supervisor1", tomorrow));
        assertThat(events.ofType(ActionDueSoon.class).matching(e -> e.sessionId() == id))
                .containsExactly(new ActionDueSoon(soon.id(), id, member.staffId(), "supervisor1", ActionOwner.STAFF,
                        "两天后到期", today.plusDays(2)));
        assertThat(events.ofType(ActionOverdue.class).matching(e -> e.sessionId() == id)).containsExactlyInAnyOrder(
                new ActionOverdue(soon.id(), id, member.staffId(), "事件测试员", "supervisor1", ActionOwner.STAFF,
                        "两天后到期", today.plusDays(2)),
                new ActionOverdue(later.id(), id, member.staffId(), "事件测试员", "supervisor1", ActionOwner.SUPERVISOR,
                        "主管的行动", today.plusDays(5)));
    }
}
