package com.touchpoint.notification.ui;

import com.touchpoint.layout.HeaderItem;
import com.touchpoint.notification.NotificationCenter;
import com.vaadin.flow.component.Component;

/** Puts the notification bell into the header of every signed-in page. */
@org.springframework.stereotype.Component
class NotificationBellItem implements HeaderItem {

    private final NotificationCenter center;

    NotificationBellItem(NotificationCenter center) {
        this.center = center;
    }

    @Override
    public Component create() {
        return new NotificationBell(center);
    }
}
