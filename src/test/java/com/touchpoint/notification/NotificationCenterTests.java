package com.touchpoint.notification;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TouchpointTest
class NotificationCenterTests {

    @Autowired
    NotificationCenter center;

    private static String someone() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T as(String username, Supplier<T> action) {
        return TestAccess.as(username, action, "ROLE_STAFF");
    }

    @Test
    void a_user_reads_their_notifications_newest_first_and_marks_them_read() {
        String reader = someone();
        TestAccess.asAdmin(() -> {
            center.send(reader, "notification.training.assigned", List.of("模块", "Module", "2026-12-01"), "training");
            center.send(reader, "notification.training.overdue", List.of("旧模块", "Old module", "2026-11-01"), null);
            return null;
        });
        assertThat(as(reader, center::unreadCount)).isEqualTo(2);
        List<Notice> notices = as(reader, () -> center.recent(10));
        assertThat(notices).extracting(Notice::messageKey)
                .containsExactly("notification.training.overdue", "notification.training.assigned");
        assertThat(notices.get(1).args()).containsExactly("模块", "Module", "2026-12-01");
        assertThat(notices.get(1).link()).isEqualTo("training");

        assertThat(as(reader, () -> center.markRead(notices.get(1).id())).read()).isTrue();
        assertThat(as(reader, center::unreadCount)).isEqualTo(1);
        assertThat(as(reader, center::markAllRead)).isEqualTo(1);
        assertThat(as(reader, center::unreadCount)).isZero();
        assertThat(as(reader, () -> center.recent(10))).allMatch(Notice::read);
    }

    @Test
    void nobody_reads_or_clears_someone_elses_notifications() {
        String owner = someone();
        String other = someone();
        TestAccess.asAdmin(() -> {
            center.send(owner, "notification.training.assigned", List.of("模块", "Module", "2026-12-01"), "training");
            return null;
        });
        long id = as(owner, () -> center.recent(1)).get(0).id();

        assertThat(as(other, () -> center.recent(10))).isEmpty();
        assertThat(as(other, center::unreadCount)).isZero();
        assertThatThrownBy(() -> as(other, () -> center.markRead(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(other, center::markAllRead)).isZero();
        assertThat(as(owner, center::unreadCount)).isEqualTo(1);
        assertThatThrownBy(center::unreadCount).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
