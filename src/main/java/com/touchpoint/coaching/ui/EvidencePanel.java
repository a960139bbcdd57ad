package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.SessionEvidence;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AttemptSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.ZoneId;

/** The evidence on the agenda: indicators, weak items with their callbacks, trend, training, kudos and complaints. */
class EvidencePanel extends VerticalLayout {

    EvidencePanel(SessionEvidence e, boolean coach, ZoneId zone) {
        setId("coaching-evidence");
        setPadding(false);
        setSpacing(false);
        add(new Paragraph(getTranslation("coaching.evidence.window", e.window().from(), e.window().to(), e.callbacks(),
                CoachingFormat.number(this, e.adjustedIndex()), CoachingFormat.number(this, e.target()))));
        if (e.insufficientSample()) {
            add(new Paragraph(getTranslation("coaching.evidence.insufficient", e.minSample())));
        }
        add(new H4(getTranslation("coaching.evidence.weak-items")));
        if (e.weakItems().isEmpty()) {
            add(new Span(getTranslation("coaching.evidence.no-weak-items")));
        }
        e.weakItems().forEach(w -> add(weakItem(w, e.staffId(), coach)));
        add(new H4(getTranslation("coaching.evidence.trend")));
        var trend = new Div();
        trend.setId("evidence-trend");
        e.trend().forEach(m -> trend.add(new Div(new Span(month(m)))));
        add(trend);
        add(new H4(getTranslation("coaching.evidence.training")));
        if (e.assignments().isEmpty() && e.attempts().isEmpty()) {
            add(new Span(getTranslation("coaching.evidence.no-training")));
        }
        e.assignments().forEach(a -> add(new Div(new Span(assignment(a)))));
        e.attempts().forEach(a -> add(new Div(new Span(attempt(a, zone)))));
        add(new H4(getTranslation("coaching.evidence.recognition")));
        add(new Span(getTranslation("coaching.evidence.kudos", e.kudos().size(),
                e.kudos().stream().mapToInt(KudosView::points).sum())));
        e.kudos().stream().limit(3).forEach(k -> add(new Div(new Span(k.giverName() + getTranslation("coaching.colon")
                + k.message()))));
        add(new H4(getTranslation("coaching.evidence.complaints")));
        add(new Span(getTranslation("coaching.evidence.complaints-count", e.complaints())));
        if (e.strainReasons() != null || e.moodTrend() != null) {
            add(new H4(getTranslation("coaching.evidence.mood")));
            if (e.strainReasons() != null) {
                e.strainReasons().forEach(r -> add(new Div(new Span(getTranslation("coaching.strain." + r)))));
            }
            if (e.moodTrend() != null) {
                e.moodTrend().forEach(w -> add(new Div(new Span(getTranslation("coaching.evidence.mood-week",
                        w.weekStart(), w.checkIns(), CoachingFormat.number(this, w.meanMood()),
                        CoachingFormat.number(this, w.meanStress()))))));
            }
        }
    }

    private Div weakItem(SessionEvidence.WeakItem w, long staffId, boolean coach) {
        var item = new Div(new Span(getTranslation("coaching.evidence.weak-item",
                getLocale().getLanguage().equals("en") ? w.nameEn() : w.nameZh(),
                CoachingFormat.number(this, w.mean()), w.answers(), CoachingFormat.number(this, w.target()))));
        item.addClassName("weak-item");
        for (CallbackSummary c : w.callbacks()) {
            String text = c.serviceDate() + " · " + getTranslation(c.serviceType().messageKey())
                    + (c.comment() == null || c.comment().isBlank() ? "" : " · " + c.comment());
            var link = new Anchor(coach ? "scores/" + staffId : "my-scores", text);
            link.addClassName("evidence-callback");
            item.add(new Div(link));
        }
        return item;
    }

    private String month(MonthlyFigure m) {
        return getTranslation("coaching.evidence.month", m.month().toString(), m.callbacks(),
                CoachingFormat.number(this, m.index()), CoachingFormat.number(this, m.adjustedIndex()));
    }

    private String assignment(Assignment a) {
        return getTranslation("coaching.evidence.assignment", a.title().in(getLocale()), a.dueDate(),
                getTranslation(a.status().messageKey()));
    }

    private String attempt(AttemptSummary a, ZoneId zone) {
        return getTranslation("coaching.evidence.attempt", a.title().in(getLocale()),
                CoachingFormat.dateTime(a.finishedAt(), zone), a.total() == null ? getTranslation("common.empty")
                        : a.total().toPlainString(), getTranslation(Boolean.TRUE.equals(a.passed())
                        ? "coaching.evidence.passed" : "coaching.evidence.not-passed"));
    }
}
