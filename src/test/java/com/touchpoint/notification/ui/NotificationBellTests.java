package com.touchpoint.notification.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationBellTests extends KaribuTest {

    @Autowired
    NotificationCenter notifications;

    @Test
    void the_bell_counts_unread_notifications_and_opening_one_marks_it_read() {
        TestAccess.asAdmin(() -> {
            notifications.send("staff2", "notification.training.due-soon", List.of("模块", "Module", "2026-12-01"), null);
            return null;
        });
        login("staff2");
        UI.getCurrent().navigate("training");
        long unread = notifications.unreadCount();
        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo(Long.toString(unread));
        NotificationBell bell = _get(NotificationBell.class);
        bell.showList();
        Div entry = _find(Div.class, spec -> spec.withClasses("notification-entry unread")).get(0);
        com.vaadin.flow.component.ComponentUtil.fireEvent(entry,
                new com.vaadin.flow.component.ClickEvent<>(entry));
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        _click(_get(Button.class, spec -> spec.withId("notification-mark-all")));
        assertThat(notifications.unreadCount()).isZero();
        assertThat(count.isVisible()).isFalse();
    }
}
