package com.touchpoint.training.ui;

import com.touchpoint.training.Assignment;
import com.vaadin.flow.component.html.Span;

/** "Attempted, not passed (score 45)" on an open assignment whose last attempt failed; empty otherwise. */
public final class AssignmentBadges {

    private AssignmentBadges() {
    }

    public static Span attemptedNotPassed(Assignment a) {
        var badge = new Span();
        badge.addClassName("attempted-not-passed");
        if (a.attemptedNotPassed()) {
            badge.setText(badge.getTranslation("training.assignment.attempted-not-passed",
                    a.failedScore() == null ? "" : a.failedScore().stripTrailingZeros().toPlainString()));
            badge.getElement().getThemeList().add("badge warning");
        } else {
            badge.setVisible(false);
        }
        return badge;
    }
}
