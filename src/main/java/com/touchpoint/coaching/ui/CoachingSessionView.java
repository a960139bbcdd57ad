package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.CoachingActions;
import com.touchpoint.coaching.CoachingEvidence;
import com.touchpoint.coaching.CoachingOutcomes;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionDetails;
import com.touchpoint.coaching.SessionState;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.training.TrainingCatalog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One session for its coach or its staff member: evidence, agenda, notes (private ones for the coach only), action
 * items, holding, acknowledgement and addenda. Anyone else gets the not-found page.
 */
@Route(value = "coaching/session", layout = MainLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR})
class CoachingSessionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CoachingSessions sessions;
    private final CoachingActions actions;
    private final CoachingEvidence evidence;
    private final CoachingOutcomes outcomes;
    private final TrainingCatalog catalog;
    private final OperatorTime time;
    private final List<ItemDefinition> itemList;
    private final Map<String, ItemDefinition> items;
    private long sessionId;

    CoachingSessionView(CoachingSessions sessions, CoachingActions actions, CoachingEvidence evidence,
                        CoachingOutcomes outcomes, TrainingCatalog catalog, IndicatorService indicators,
                        OperatorTime time) {
        this.sessions = sessions;
        this.actions = actions;
        this.evidence = evidence;
        this.outcomes = outcomes;
        this.catalog = catalog;
        this.time = time;
        this.itemList = indicators.items();
        this.items = itemList.stream().collect(Collectors.toMap(ItemDefinition::code, Function.identity()));
        addClassName("coaching-session-view");
        setMaxWidth("60em");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            sessionId = id == null ? -1 : id;
            show(sessions.details(sessionId));
        } catch (AccessDeniedException | com.touchpoint.shared.NotFoundException e) {
            // the same answer for a session of someone else as for none at all
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        show(sessions.details(sessionId));
    }

    private void show(SessionDetails s) {
        removeAll();
        var title = new H2(getTranslation("coaching.session.title", s.staffName(), CoachingFormat.dateTime(s.scheduledAt())));
        var state = CoachingFormat.badge(this, s.state(), s.state() == SessionState.HELD ? "contrast"
                : s.state() == SessionState.ACKNOWLEDGED ? "success" : null);
        state.setId("session-state");
        var header = new HorizontalLayout(new Span(getTranslation(s.type().messageKey())), state);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, header, new Paragraph(getTranslation("coaching.focus-items") + getTranslation("coaching.colon")
                + CoachingFormat.items(this, items, s.focusItems())));
        if (s.state() != SessionState.SCHEDULED) {
            add(new H3(getTranslation("coaching.outcome.title")), new OutcomesPanel(outcomes.forSession(s.id()), items));
        }
        var evidenceDetails = new Details(getTranslation("coaching.evidence.title"),
                new EvidencePanel(evidence.forSession(s.id()), s.coachView(), time.zone()));
        evidenceDetails.setOpened(s.coachView() || s.state() == SessionState.SCHEDULED);
        add(evidenceDetails);
        add(new H3(getTranslation("coaching.agenda.title")), agenda(s));
        add(new H3(getTranslation("coaching.notes.title")), notes(s));
        add(new H3(getTranslation("coaching.action.title")),
                new ActionsPanel(s.actions(), items, s.coachView(), actions, this::refresh));
        if (s.coachView() && s.state() == SessionState.SCHEDULED) {
            var addAction = new Button(getTranslation("coaching.action.add"), e -> new ActionDialog(actions, s.id(),
                    itemList, catalog.modules(), time.today(), this::refresh).open());
            addAction.setId("add-action");
            var hold = new Button(getTranslation("coaching.session.hold"), e -> attempt(() -> sessions.hold(s.id())));
            hold.setId("hold-session");
            hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(addAction, hold));
        }
        acknowledgement(s);
        addenda(s);
    }

    private Component agenda(SessionDetails s) {
        var list = new Div();
        list.setId("coaching-agenda");
        list.setWidthFull();
        if (s.agenda().isEmpty()) {
            list.add(new Span(getTranslation("coaching.agenda.none")));
        }
        s.agenda().forEach(p -> list.add(new Div(new Span(p.text()))));
        if (s.state() == SessionState.SCHEDULED) {
            var point = new TextField();
            point.setId("agenda-point");
            point.setPlaceholder(getTranslation("coaching.agenda.placeholder"));
            point.setMaxLength(500);
            point.setWidthFull();
            var errors = new FieldErrors(Map.of("agendaPoint", point));
            var add = new Button(getTranslation("coaching.agenda.add"),
                    e -> { if (errors.attempt(() -> sessions.addAgendaPoint(s.id(), point.getValue()))) { refresh(); } });
            add.setId("add-agenda-point");
            var row = new HorizontalLayout(point, add);
            row.setWidthFull();
            list.add(row);
        }
        return list;
    }

    private Component notes(SessionDetails s) {
        if (!s.coachView() || s.state() != SessionState.SCHEDULED) {
            var shown = new VerticalLayout(new Paragraph(s.sharedNotes() == null ? getTranslation("coaching.notes.none")
                    : s.sharedNotes()));
            shown.setPadding(false);
            shown.setId("shared-notes-text");
            if (s.coachView() && s.privateNotes() != null) {
                shown.add(new Paragraph(getTranslation("coaching.notes.private") + getTranslation("coaching.colon")
                        + s.privateNotes()));
            }
            return shown;
        }
        var shared = new TextArea(getTranslation("coaching.notes.shared"));
        shared.setId("shared-notes");
        shared.setValue(s.sharedNotes() == null ? "" : s.sharedNotes());
        shared.setWidthFull();
        var privately = new TextArea(getTranslation("coaching.notes.private"));
        privately.setId("private-notes");
        privately.setHelperText(getTranslation("coaching.notes.private.help"));
        privately.setValue(s.privateNotes() == null ? "" : s.privateNotes());
        privately.setWidthFull();
        var errors = new FieldErrors(Map.of("sharedNotes", shared, "privateNotes", privately));
        var save = new Button(getTranslation("coaching.notes.save"), e -> {
            if (errors.attempt(() -> sessions.recordNotes(s.id(), shared.getValue(), privately.getValue()))) {
                com.touchpoint.layout.Notifications.success(getTranslation("coaching.notes.saved"));
            }
        });
        save.setId("save-notes");
        var notes = new VerticalLayout(shared, privately, save);
        notes.setPadding(false);
        return notes;
    }

    private void acknowledgement(SessionDetails s) {
        if (s.state() == SessionState.ACKNOWLEDGED) {
            add(new Paragraph(getTranslation("coaching.ack.done", CoachingFormat.dateTime(s.acknowledgedAt(), time.zone()),
                    s.ackComment() == null ? getTranslation("common.empty") : s.ackComment())));
        } else if (s.state() == SessionState.HELD && !s.coachView()) {
            var comment = new TextArea(getTranslation("coaching.ack.comment"));
            comment.setId("ack-comment");
            comment.setWidthFull();
            var errors = new FieldErrors(Map.of("comment", comment));
            var ack = new Button(getTranslation("coaching.ack.button"),
                    e -> { if (errors.attempt(() -> sessions.acknowledge(s.id(), comment.getValue()))) { refresh(); } });
            ack.setId("acknowledge");
            ack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H3(getTranslation("coaching.ack.title")), comment, ack);
        } else if (s.state() == SessionState.HELD) {
            add(new Paragraph(getTranslation("coaching.ack.waiting")));
        }
    }

    private void addenda(SessionDetails s) {
        if (s.state() == SessionState.SCHEDULED) {
            return;
        }
        var list = new Div();
        list.setId("coaching-addenda");
        list.setWidthFull();
        s.addenda().forEach(a -> list.add(new Div(new Span(getTranslation("coaching.addendum.line",
                CoachingFormat.dateTime(a.at(), time.zone()), a.author(), a.text())))));
        var text = new TextArea(getTranslation("coaching.addendum.new"));
        text.setId("addendum-text");
        text.setWidthFull();
        var errors = new FieldErrors(Map.of("addendum", text));
        var add = new Button(getTranslation("coaching.addendum.add"),
                e -> { if (errors.attempt(() -> sessions.amend(s.id(), text.getValue()))) { refresh(); } });
        add.setId("add-addendum");
        add(new H3(getTranslation("coaching.addendum.title")), list, text, add);
    }

    private void attempt(Runnable action) {
        if (new FieldErrors(Map.of()).attempt(action)) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coaching-session") + " | " + getTranslation("app.name");
    }
}
