package com.touchpoint.notification;

import com.touchpoint.recognition.KudosGiven;
import com.touchpoint.recognition.KudosHidden;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.UserAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/**
 * Tells the people concerned that a kudos reached them or was hidden. Runs just before the giving or hiding
 * commits, in its transaction, so the notice exists exactly when the kudos change does.
 */
@Component
class KudosNotices {

    private final NotificationCenter notifications;
    private final UserAccounts accounts;

    KudosNotices(NotificationCenter notifications, UserAccounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(KudosGiven given) {
        recipient(given.receiverId()).ifPresent(recipient -> notifications.send(recipient,
                "notification.kudos.received", List.of(given.giverName(), Integer.toString(given.points())),
                "recognition/received"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(KudosHidden hidden) {
        recipient(hidden.giverId()).ifPresent(recipient -> notifications.send(recipient,
                "notification.kudos.hidden", List.of(Integer.toString(hidden.pointsReturned()), hidden.reason()),
                "recognition"));
    }

    /**
     * The listener runs in the giver's request, but finding whom to tell is the system's business, not the giver's:
     * the lookup runs as the notices actor, which may do nothing but that.
     */
    private java.util.Optional<String> recipient(long staffId) {
        return SystemActor.call("notices", () -> accounts.usernameOfStaff(staffId));
    }
}
