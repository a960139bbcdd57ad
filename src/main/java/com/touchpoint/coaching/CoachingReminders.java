package com.touchpoint.coaching;

import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reminders in the operator's time zone: a day before a session, two days before an action is due, and when it
 * becomes overdue, published as {@link SessionReminderDue}, {@link ActionDueSoon} and {@link ActionOverdue}. Each is
 * recorded on its row in the same transaction, so it goes out once however often the job runs.
 */
@Service
public class CoachingReminders {

    static final int DUE_SOON_DAYS = 2;

    private final CoachingSessionRepository sessions;
    private final ActionItemRepository actions;
    private final StaffDirectory directory;
    private final ApplicationEventPublisher events;
    private final OperatorTime time;
    private final Clock clock;

    CoachingReminders(CoachingSessionRepository sessions, ActionItemRepository actions, StaffDirectory directory,
                      ApplicationEventPublisher events, OperatorTime time, Clock clock) {
        this.sessions = sessions;
        this.actions = actions;
        this.directory = directory;
        this.events = events;
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
        events.publishEvent(new SessionReminderDue(s.getId(), s.getStaffId(), name(s.getStaffId()), s.getSupervisor(),
                LocalDateTime.ofInstant(s.getScheduledAt(), time.zone())));
    }

    private void remindOfAction(ActionItem a, Instant now) {
        a.remindedOfDueDate(now);
        events.publishEvent(new ActionDueSoon(a.getId(), a.getSessionId(), a.getStaffId(), coachOf(a), a.getOwner(),
                a.getDescription(), a.getDueDate()));
    }

    private void flagOverdue(ActionItem a, Instant now) {
        a.flaggedOverdue(now);
        events.publishEvent(new ActionOverdue(a.getId(), a.getSessionId(), a.getStaffId(), name(a.getStaffId()),
                coachOf(a), a.getOwner(), a.getDescription(), a.getDueDate()));
    }

    private String coachOf(ActionItem a) {
        return sessions.findById(a.getSessionId()).map(CoachingSession::getSupervisor).orElseThrow();
    }

    private String name(long staffId) {
        return directory.ref(staffId).map(StaffRef::name).orElse("");
    }
}
