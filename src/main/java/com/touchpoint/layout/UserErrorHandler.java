package com.touchpoint.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Installed in every session: a failure while handling a click or another event becomes a translated notice
 * (with an error id for unexpected ones) instead of Vaadin's default, which shows the exception.
 */
@Component
class UserErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            UserErrors.logUnexpected(failure);
            return;
        }
        String text = UserErrors.notice(failure, ui);
        Notification notification = Notification.show(text, 10_000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notice");
    }
}
