package com.touchpoint.notification;

import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.AssignmentDueSoon;
import com.touchpoint.training.AssignmentOverdue;
import com.touchpoint.training.LocalizedText;
import com.touchpoint.training.TrainingAssigned;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Tells staff about training assigned to them, due soon or overdue, and the team's supervisors about overdue
 * training. Runs just before the assigning or the reminder run commits, in its transaction, so a reminder is
 * marked as sent exactly when its notice exists.
 */
@Component
class TrainingNotices {

    private final NotificationCenter notifications;
    private final UserAccounts accounts;

    TrainingNotices(NotificationCenter notifications, UserAccounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(TrainingAssigned assigned) {
        toStaff(assigned.staffId(), "notification.training.assigned", assigned.title(), assigned.dueDate());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AssignmentDueSoon dueSoon) {
        toStaff(dueSoon.staffId(), "notification.training.due-soon", dueSoon.title(), dueSoon.dueDate());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AssignmentOverdue overdue) {
        toStaff(overdue.member().id(), "notification.training.overdue", overdue.title(), overdue.dueDate());
        List<String> args = List.of(overdue.title().zh(), overdue.title().in(Locale.ENGLISH),
                overdue.dueDate().toString(), overdue.member().name(), overdue.member().employeeNo());
        supervisors(overdue.member().teamId()).forEach(supervisor -> notifications.send(supervisor,
                "notification.training.overdue-member", args, "team-training"));
    }

    /** The title in both languages, so the notice shows in the reader's language whenever it is read. */
    private void toStaff(long staffId, String messageKey, LocalizedText title, LocalDate dueDate) {
        recipient(staffId).ifPresent(recipient -> notifications.send(recipient, messageKey,
                List.of(title.zh(), title.in(Locale.ENGLISH), dueDate.toString()), "training"));
    }

    /** Finding whom to tell is the system's business, also when the change was a user's (see KudosNotices). */
    private java.util.Optional<String> recipient(long staffId) {
        return SystemActor.call("notices", () -> accounts.usernameOfStaff(staffId));
    }

    private List<String> supervisors(long teamId) {
        return SystemActor.call("notices", () -> accounts.supervisorsOf(teamId));
    }
}
