package com.touchpoint.notification.ui;

import com.touchpoint.layout.HeaderItem;
import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.shared.OperatorTime;
import com.vaadin.flow.component.Component;

/** Puts the notification bell into the header of every signed-in page. */
@org.springframework.stereotype.Component
class NotificationBellItem implements HeaderItem {

    private final NotificationCenter center;
    private final OperatorTime time;

    NotificationBellItem(NotificationCenter center, OperatorTime time) {
        this.center = center;
        this.time = time;
    }

    @Override
    public Component create() {
        return new NotificationBell(center, time.zone());
    }
}
