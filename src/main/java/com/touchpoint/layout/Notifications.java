package com.touchpoint.layout;

import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.TouchpointException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.stream.Collectors;

/** Short messages for the user; domain refusals are shown in the user's language. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void refused(TouchpointException e) {
        error(describe(e));
    }

    /** The user-facing text of a refusal, every broken rule included. */
    public static String describe(TouchpointException e) {
        UI ui = UI.getCurrent();
        if (e instanceof InvalidInputException invalid) {
            return invalid.problems().stream()
                    .map(p -> ui.getTranslation(p.messageKey(), p.arguments()))
                    .collect(Collectors.joining("; "));
        }
        return ui.getTranslation(e.messageKey(), e.arguments());
    }
}
