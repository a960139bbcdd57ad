package com.touchpoint.training.ui;

import com.touchpoint.training.AttemptSummary;
import com.touchpoint.training.Debrief;
import com.touchpoint.training.Ending;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The debrief of a finished attempt: outcome, scores, pass/fail and the path with better replies. */
class DebriefPanel extends Div {

    DebriefPanel(Debrief debrief) {
        addClassName("debrief");
        setId("debrief");
        AttemptSummary attempt = debrief.attempt();
        add(new H3(getTranslation("training.debrief.title", attempt.title().in(getLocale()))));
        if (!attempt.completed()) {
            add(new Paragraph(getTranslation("training.debrief.unfinished")));
            return;
        }
        add(outcome(debrief));
        if (debrief.ending() != null && debrief.ending().debrief() != null) {
            var lesson = new Paragraph(debrief.ending().debrief().in(getLocale()));
            lesson.addClassName("debrief-lesson");
            add(lesson);
        }
        add(new H4(getTranslation("training.debrief.skills")), new ScoreBars(attempt.skills()));
        if (debrief.module() == null) {
            add(new Paragraph(getTranslation("training.debrief.version-gone")));
            return;
        }
        add(new H4(getTranslation("training.debrief.path")));
        int number = 1;
        for (Debrief.DebriefStep step : debrief.steps()) {
            add(pathStep(number++, step));
        }
    }

    private Div outcome(Debrief debrief) {
        AttemptSummary attempt = debrief.attempt();
        var ending = new Span(getTranslation(attempt.ending().messageKey()));
        ending.getElement().getThemeList().add(attempt.ending() == Ending.GOOD ? "badge success"
                : attempt.ending() == Ending.BAD ? "badge error" : "badge warning");
        var total = new Span(getTranslation("training.debrief.total", attempt.total().toPlainString()));
        total.setId("debrief-total");
        total.addClassName("debrief-total");
        var verdict = new Span(getTranslation(Boolean.TRUE.equals(attempt.passed())
                ? "training.debrief.passed" : "training.debrief.failed"));
        verdict.setId("debrief-verdict");
        verdict.getElement().getThemeList().add(Boolean.TRUE.equals(attempt.passed()) ? "badge success primary" : "badge error primary");
        var duration = new Span(getTranslation("training.debrief.duration",
                attempt.durationSeconds() == null ? 0 : attempt.durationSeconds() / 60,
                attempt.durationSeconds() == null ? 0 : attempt.durationSeconds() % 60));
        var outcome = new Div(ending, total, verdict, duration);
        outcome.addClassName("debrief-outcome");
        return outcome;
    }

    private Div pathStep(int number, Debrief.DebriefStep step) {
        var box = new Div();
        box.addClassName("debrief-step");
        var customer = new Paragraph(getTranslation("training.debrief.customer-said", number,
                step.step().customer().in(getLocale())));
        customer.addClassName("debrief-customer");
        var chosen = new Paragraph(getTranslation("training.debrief.you-said", step.chosen().text().in(getLocale())));
        var feedback = new Paragraph(step.chosen().feedback().in(getLocale()));
        feedback.addClassName("debrief-feedback");
        box.add(customer, chosen, feedback);
        if (step.better() != null) {
            var better = new Paragraph(getTranslation("training.debrief.better", step.better().text().in(getLocale())));
            better.addClassName("debrief-better");
            var why = new Paragraph(step.better().feedback().in(getLocale()));
            why.addClassName("debrief-feedback");
            box.add(better, why);
        } else {
            var best = new Span(getTranslation("training.debrief.best-choice"));
            best.getElement().getThemeList().add("badge success");
            box.add(best);
        }
        return box;
    }
}
