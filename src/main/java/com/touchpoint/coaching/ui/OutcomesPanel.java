package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.FocusOutcome;
import com.touchpoint.satisfaction.ItemDefinition;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Map;

/** Before/after per focus item: both means with their sample sizes, the difference or why there is none yet. */
class OutcomesPanel extends VerticalLayout {

    OutcomesPanel(List<FocusOutcome> outcomes, Map<String, ItemDefinition> items) {
        setId("coaching-outcomes");
        setPadding(false);
        setSpacing(false);
        if (outcomes.isEmpty()) {
            add(new Span(getTranslation("coaching.outcome.none")));
        }
        for (FocusOutcome o : outcomes) {
            var line = new Div(new Span(getTranslation("coaching.outcome.line", CoachingFormat.item(this, items, o.itemCode()),
                    CoachingFormat.number(this, o.beforeMean()), o.beforeAnswers(),
                    CoachingFormat.number(this, o.afterMean()), o.afterAnswers(),
                    CoachingFormat.number(this, o.difference()))), new Span(" "),
                    CoachingFormat.badge(this, o.status(), o.status() == FocusOutcome.Status.IMPROVED ? "success"
                            : o.status() == FocusOutcome.Status.NOT_IMPROVED ? "error" : null));
            line.addClassName("focus-outcome");
            add(line);
        }
        add(new Span(getTranslation("coaching.outcome.rule")));
    }
}
