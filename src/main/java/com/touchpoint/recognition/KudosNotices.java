package com.touchpoint.recognition;

import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.staff.UserAccounts;
import org.springframework.stereotype.Component;

import java.util.List;

/** Tells the people concerned that a kudos reached them or was hidden. */
@Component
class KudosNotices {

    private final NotificationCenter notifications;
    private final UserAccounts accounts;

    KudosNotices(NotificationCenter notifications, UserAccounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    void received(long receiverId, String giverName, int points) {
        accounts.usernameOfStaff(receiverId).ifPresent(recipient -> notifications.send(recipient,
                "notification.kudos.received", List.of(giverName, Integer.toString(points)), "recognition/received"));
    }

    void hidden(long giverId, int points, String reason) {
        accounts.usernameOfStaff(giverId).ifPresent(recipient -> notifications.send(recipient,
                "notification.kudos.hidden", List.of(Integer.toString(points), reason), "recognition"));
    }
}
