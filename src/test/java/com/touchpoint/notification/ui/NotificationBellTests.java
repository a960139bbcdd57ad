package com.touchpoint.notification.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.MutableClock;
import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationBellTests extends KaribuTest {

    @Autowired
    NotificationCenter notifications;
    @Autowired
    MutableClock clock;

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

    @Test
    void a_notification_shows_when_it_came_in_the_operators_time_zone() {
        clock.set(Instant.parse("2026-11-30T17:05:00Z"));
        try {
            TestAccess.asAdmin(() -> {
                notifications.send("hr2", "notification.kudos.received", List.of("王芳", "10"), null);
                return null;
            });
        } finally {
            clock.reset();
        }
        login("hr2");
        UI.getCurrent().navigate("");
        _get(NotificationBell.class).showList();
        List<String> times = _find(Span.class, spec -> spec.withClasses("notification-time")).stream()
                .map(Span::getText).toList();
        assertThat(times).contains("2026-12-01 01:05").noneMatch(t -> t.contains("UTC"));
    }
}
