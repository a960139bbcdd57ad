package com.touchpoint.training.ui;

import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Roles;
import com.touchpoint.training.TrainingAttempts;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The debrief of a stored attempt; the service decides whether the caller may read it. */
@Route(value = "training/attempt", layout = MainLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.QUALITY, Roles.HR, Roles.ADMIN})
class AttemptView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrainingAttempts attempts;

    AttemptView(TrainingAttempts attempts) {
        this.attempts = attempts;
        addClassName("attempt-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        removeAll();
        try {
            add(new DebriefPanel(attempts.debrief(attemptId == null ? -1 : attemptId)));
        } catch (NotFoundException e) {
            // the same answer as for an unknown page, so the URL reveals nothing about other teams
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.name");
    }
}
