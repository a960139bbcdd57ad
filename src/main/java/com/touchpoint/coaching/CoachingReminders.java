package com.touchpoint.coaching;

import com.touchpoint.shared.ChunkedWork;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reminders in the operator's time zone: a day before a session, two days before an action is due, and when it
 * becomes overdue, published as {@link SessionReminderDue}, {@link ActionDueSoon} and {@link ActionOverdue}. Each is
 * recorded on its row in the same transaction, so it goes out once however often the job runs; a chunk of rows at a
 * time ({@link ChunkedWork}).
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
    private final ChunkedWork chunked;

    CoachingReminders(CoachingSessionRepository sessions, ActionItemRepository actions, StaffDirectory directory,
                      ApplicationEventPublisher events, OperatorTime time, Clock clock, ChunkedWork chunked) {
        this.sessions = sessions;
        this.actions = actions;
        this.directory = directory;
        this.events = events;
        this.time = time;
        this.clock = clock;
        this.chunked = chunked;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ReminderRun sendReminders() {
        Instant now = clock.instant();
        LocalDate today = time.today();
        Instant until = today.plusDays(2).atStartOfDay(time.zone()).toInstant();
        int coming = chunked.forEach(sessions.idsDueForReminder(now, until), sessions::findAllById,
                s -> s.dueForReminder(now, until), s -> remindOfSession(s, now));
        LocalDate dueBy = today.plusDays(DUE_SOON_DAYS);
        int dueSoon = chunked.forEach(actions.idsDueSoon(today, dueBy), actions::findAllById,
                a -> a.dueSoon(today, dueBy), a -> remindOfAction(a, now));
        int overdue = chunked.forEach(actions.idsNewlyOverdue(today), actions::findAllById,
                a -> a.newlyOverdue(today), a -> flagOverdue(a, now));
        return new ReminderRun(coming, dueSoon, overdue);
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
