package com.touchpoint.layout;

import com.touchpoint.shared.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when opening a page fails, in place of Vaadin's error page (which names the exception): a known
 * refusal in the user's language, the database being unreachable or busy, otherwise a plain sentence with the id
 * under which the failure was logged.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();
    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        setId("error-view");
        text.setId("error-text");
        reference.setId("error-id");
        add(title, text, reference, new Anchor(".", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        var known = UserErrors.known(failure);
        if (UserErrors.denied(failure) || known.filter(NotFoundException.class::isInstance).isPresent()) {
            title.setText(getTranslation("error.not-found.title"));
            text.setText(getTranslation("error.not-found.text"));
            reference.setVisible(false);
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (known.isPresent()) {
            title.setText(getTranslation("error.refused.title"));
            text.setText(Notifications.describe(known.get()));
            reference.setVisible(false);
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        if (UserErrors.databaseUnavailable(failure)) {
            title.setText(getTranslation("error.database.title"));
            text.setText(getTranslation("error.database.text"));
            reference.setVisible(false);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (UserErrors.databaseBusy(failure)) {
            title.setText(getTranslation("error.busy.title"));
            text.setText(getTranslation("error.busy.text"));
            reference.setVisible(false);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        title.setText(getTranslation("error.unexpected.title"));
        text.setText(getTranslation("error.unexpected.text"));
        reference.setText(getTranslation("error.reference", UserErrors.logUnexpected(failure)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
