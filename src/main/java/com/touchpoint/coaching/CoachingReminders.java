package com.touchpoint.coaching;

import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reminders through the notification center, in the operator's time zone: a day before a session, two days before an
 * action is due, and when it becomes overdue. Each is recorded on its row when sent, so it goes out once however often
 * the job runs.
 */
@Service
public class CoachingReminders {

    static final int DUE_SOON_DAYS = 2;

    private final CoachingSessionRepository sessions;
    private final ActionItemRepository actions;
    private final UserAccounts accounts;
    private final StaffDirectory directory;
    private final NotificationCenter notifications;
    private final OperatorTime time;
    private final Clock clock;

    CoachingReminders(CoachingSessionRepository sessions, ActionItemRepository actions, UserAccounts accounts,
                      StaffDirectory directory, NotificationCenter notifications, OperatorTime time, Clock clock) {
        this.sessions = sessions;
        this.actions = actions;
        this.accounts = accounts;
        this.directory = directory;
        this.notifications = notifications;
        this.time = time;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ReminderRun sendReminders() {
        Instant now = clock.instant();
        LocalDate today = time.today();
        List<CoachingSession> coming = sessions.dueForReminder(now, today.plusDays(2).atStartOfDay(time.zone()).toInstant());
        coming.forEach(s -> remindOfSession(s, now));
        List<ActionItem> dueSoon = actions.dueSoon(today, today.plusDays(DUE_SOON_DAYS));
        dueSoon.forEach(a -> remindOfAction(a, now));
        List<ActionItem> overdue = actions.newlyOverdue(today);
        overdue.forEach(a -> flagOverdue(a, now));
        return new ReminderRun(coming.size(), dueSoon.size(), overdue.size());
    }

    private void remindOfSession(CoachingSession s, Instant now) {
        s.reminded(now);
        LocalDateTime at = LocalDateTime.ofInstant(s.getScheduledAt(), time.zone());
        String date = at.toLocalDate().toString();
        String hour = at.toLocalTime().toString();
        String link = CoachingSessions.link(s);
        accounts.usernameOfStaff(s.getStaffId()).ifPresent(staff -> notifications.send(staff,
                "notification.coaching.session-soon", List.of(date, hour), link));
        notifications.send(s.getSupervisor(), "notification.coaching.session-soon-coach",
                List.of(date, hour, name(s.getStaffId())), link);
    }

    private void remindOfAction(ActionItem a, Instant now) {
        a.remindedOfDueDate(now);
        owner(a).ifPresent(recipient -> notifications.send(recipient, "notification.coaching.action-due",
                List.of(a.getDescription(), a.getDueDate().toString()), "coaching/session/" + a.getSessionId()));
    }

    private void flagOverdue(ActionItem a, Instant now) {
        a.flaggedOverdue(now);
        String link = "coaching/session/" + a.getSessionId();
        owner(a).ifPresent(recipient -> notifications.send(recipient, "notification.coaching.action-overdue",
                List.of(a.getDescription(), a.getDueDate().toString()), link));
        if (a.getOwner() == ActionOwner.STAFF) {
            supervisorOf(a).ifPresent(supervisor -> notifications.send(supervisor,
                    "notification.coaching.action-overdue-member",
                    List.of(a.getDescription(), a.getDueDate().toString(), name(a.getStaffId())), link));
        }
    }

    private Optional<String> owner(ActionItem a) {
        return a.getOwner() == ActionOwner.STAFF ? accounts.usernameOfStaff(a.getStaffId()) : supervisorOf(a);
    }

    private Optional<String> supervisorOf(ActionItem a) {
        return sessions.findById(a.getSessionId()).map(CoachingSession::getSupervisor);
    }

    private String name(long staffId) {
        return directory.ref(staffId).map(StaffRef::name).orElse("");
    }
}
