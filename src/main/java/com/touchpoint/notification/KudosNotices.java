package com.touchpoint.notification;

import com.touchpoint.recognition.KudosGiven;
import com.touchpoint.recognition.KudosHidden;
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
        accounts.usernameOfStaff(given.receiverId()).ifPresent(recipient -> notifications.send(recipient,
                "notification.kudos.received", List.of(given.giverName(), Integer.toString(given.points())),
                "recognition/received"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(KudosHidden hidden) {
        accounts.usernameOfStaff(hidden.giverId()).ifPresent(recipient -> notifications.send(recipient,
                "notification.kudos.hidden", List.of(Integer.toString(hidden.pointsReturned()), hidden.reason()),
                "recognition"));
    }
}
