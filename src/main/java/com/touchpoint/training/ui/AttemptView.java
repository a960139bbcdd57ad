package com.touchpoint.training.ui;

import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.training.Debrief;
import com.touchpoint.training.TrainingAttempts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The debrief of a stored attempt, with a way back and, for someone else's attempt, whose it is; the service
 * decides whether the caller may read it.
 */
@Route(value = "training/attempt", layout = MainLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.QUALITY, Roles.HR, Roles.ADMIN})
class AttemptView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrainingAttempts attempts;
    private final StaffDirectory directory;
    private final CurrentUser user;

    AttemptView(TrainingAttempts attempts, StaffDirectory directory, CurrentUser user) {
        this.attempts = attempts;
        this.directory = directory;
        this.user = user;
        addClassName("attempt-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        removeAll();
        try {
            Debrief debrief = attempts.debrief(attemptId == null ? -1 : attemptId);
            var back = new Button(getTranslation("training.attempt.back"), VaadinIcon.ARROW_LEFT.create(),
                    e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
            back.setId("attempt-back");
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(back);
            long staffId = debrief.attempt().staffId();
            if (user.staffId().filter(own -> own == staffId).isEmpty()) {
                directory.ref(staffId).ifPresent(person -> add(whose(person)));
            }
            add(new DebriefPanel(debrief));
        } catch (NotFoundException e) {
            // the same answer as for an unknown page, so the URL reveals nothing about other teams
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    /** Someone else's attempt says whose it is, linking to their member page. */
    private H2 whose(StaffRef person) {
        var name = new Anchor("member/" + person.id(), person.name());
        var heading = new H2(new Span(getTranslation("training.attempt.of")), name,
                new Span(" · " + person.employeeNo()));
        heading.setId("attempt-staff");
        return heading;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.name");
    }
}
