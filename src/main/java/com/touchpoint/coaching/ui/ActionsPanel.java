package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.ActionOwner;
import com.touchpoint.coaching.ActionStatus;
import com.touchpoint.coaching.ActionView;
import com.touchpoint.coaching.CoachingActions;
import com.touchpoint.layout.Notifications;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.shared.TouchpointException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Map;

/** The session's action items as cards (readable on a phone), each with its training assignment and status. */
class ActionsPanel extends VerticalLayout {

    ActionsPanel(List<ActionView> actions, Map<String, ItemDefinition> items, boolean coach, CoachingActions service,
                 Runnable changed) {
        setId("coaching-actions");
        setPadding(false);
        setSpacing(false);
        if (actions.isEmpty()) {
            add(new Span(getTranslation("coaching.action.none")));
        }
        for (ActionView a : actions) {
            var card = new Div();
            card.addClassName("action-item");
            card.add(new Div(new Span(a.description())));
            card.add(new Div(new Span(getTranslation("coaching.action.line", getTranslation(a.owner().messageKey()),
                    a.dueDate(), CoachingFormat.item(this, items, a.target()))), new Span(" "),
                    CoachingFormat.badge(this, a.status(), a.status() == ActionStatus.OVERDUE ? "error"
                            : a.status().done() ? "success" : null)));
            if (a.trainingAssignmentId() != null) {
                var training = new Span(getTranslation("coaching.action.training-line",
                        "en".equals(getLocale().getLanguage()) && a.trainingTitleEn() != null ? a.trainingTitleEn()
                                : a.trainingTitleZh(),
                        a.trainingStatusKey() == null ? "" : getTranslation(a.trainingStatusKey())));
                training.addClassName("action-training");
                card.add(new Div(training));
            }
            if (!a.status().done() && (coach || a.owner() == ActionOwner.STAFF)) {
                var done = new Button(getTranslation("coaching.action.mark-done"), e -> markDone(service, a, changed));
                done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                done.addClassName("action-done");
                card.add(done);
            }
            card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-xs) 0");
            add(card);
        }
    }

    private static void markDone(CoachingActions service, ActionView a, Runnable changed) {
        try {
            service.markDone(a.id());
            changed.run();
        } catch (TouchpointException e) {
            Notifications.refused(e);
        }
    }
}
