package com.touchpoint.notification;

import com.touchpoint.coaching.ActionDueSoon;
import com.touchpoint.coaching.ActionOverdue;
import com.touchpoint.coaching.ActionOwner;
import com.touchpoint.coaching.SessionHeld;
import com.touchpoint.coaching.SessionReminderDue;
import com.touchpoint.coaching.SessionScheduled;
import com.touchpoint.coaching.SummaryAcknowledged;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.UserAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/**
 * Tells the staff member and their coach about coaching sessions and agreed actions: scheduled, held and waiting
 * for acknowledgement, acknowledged, coming up, due soon and overdue. Runs just before the session change or the
 * reminder run commits, in its transaction, so a reminder is marked as sent exactly when its notice exists.
 */
@Component
class CoachingNotices {

    private final NotificationCenter notifications;
    private final UserAccounts accounts;

    CoachingNotices(NotificationCenter notifications, UserAccounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionScheduled scheduled) {
        toStaff(scheduled.staffId(), "notification.coaching.scheduled", List.of(
                scheduled.scheduledAt().toLocalDate().toString(), scheduled.scheduledAt().toLocalTime().toString()),
                scheduled.sessionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionHeld held) {
        toStaff(held.staffId(), "notification.coaching.held", List.of(held.sessionDay().toString()), held.sessionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SummaryAcknowledged acknowledged) {
        notifications.send(acknowledged.coach(), "notification.coaching.acknowledged",
                List.of(acknowledged.staffName(), acknowledged.sessionDay().toString()), link(acknowledged.sessionId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionReminderDue due) {
        String date = due.scheduledAt().toLocalDate().toString();
        String hour = due.scheduledAt().toLocalTime().toString();
        toStaff(due.staffId(), "notification.coaching.session-soon", List.of(date, hour), due.sessionId());
        notifications.send(due.coach(), "notification.coaching.session-soon-coach", List.of(date, hour, due.staffName()),
                link(due.sessionId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ActionDueSoon due) {
        List<String> args = List.of(due.description(), due.dueDate().toString());
        if (due.owner() == ActionOwner.STAFF) {
            toStaff(due.staffId(), "notification.coaching.action-due", args, due.sessionId());
        } else {
            notifications.send(due.coach(), "notification.coaching.action-due", args, link(due.sessionId()));
        }
    }

    /** The owner is told; for an action the staff member owns, their coach too. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ActionOverdue overdue) {
        List<String> args = List.of(overdue.description(), overdue.dueDate().toString());
        String link = link(overdue.sessionId());
        if (overdue.owner() == ActionOwner.STAFF) {
            toStaff(overdue.staffId(), "notification.coaching.action-overdue", args, overdue.sessionId());
            notifications.send(overdue.coach(), "notification.coaching.action-overdue-member",
                    List.of(overdue.description(), overdue.dueDate().toString(), overdue.staffName()), link);
        } else {
            notifications.send(overdue.coach(), "notification.coaching.action-overdue", args, link);
        }
    }

    private void toStaff(long staffId, String messageKey, List<String> args, long sessionId) {
        recipient(staffId).ifPresent(recipient -> notifications.send(recipient, messageKey, args,
                link(sessionId)));
    }

    private static String link(long sessionId) {
        return "coaching/session/" + sessionId;
    }

    /** Finding whom to tell is the system's business, also when the change was a user's (see KudosNotices). */
    private java.util.Optional<String> recipient(long staffId) {
        return SystemActor.call("notices", () -> accounts.usernameOfStaff(staffId));
    }
}
