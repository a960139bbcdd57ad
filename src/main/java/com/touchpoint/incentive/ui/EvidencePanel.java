package com.touchpoint.incentive.ui;

import com.touchpoint.incentive.SchemeParameters;
import com.touchpoint.incentive.Statement;
import com.touchpoint.incentive.StatementEvidence;
import com.touchpoint.recognition.GiverTotal;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.training.Assignment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** One statement (or the live estimate) where every figure opens to what it rests on. */
class EvidencePanel extends VerticalLayout {

    EvidencePanel(StatementEvidence evidence) {
        setPadding(false);
        setSpacing(false);
        Statement s = evidence.statement();
        if (evidence.estimate()) {
            Span label = new Span(getTranslation("incentive.mine.estimate-label"));
            label.setId("incentive-estimate-label");
            label.getElement().getThemeList().add("badge contrast");
            add(label);
        }
        H3 total = new H3(getTranslation("incentive.mine.final", StatementGrid.text(s.finalAmount())));
        total.setId("incentive-final");
        add(total);
        SchemeParameters p = evidence.scheme().parameters();
        add(section("evidence-base", getTranslation("incentive.evidence.base", StatementGrid.text(s.base())),
                new Paragraph(getTranslation("incentive.evidence.scheme", evidence.scheme().id(),
                        evidence.scheme().effectiveFrom().toString(), p.minSample(), p.slope(), p.floor(), p.cap(),
                        p.kudosRate(), p.kudosCap(), p.complaintAmount(), p.complaintShare()))));
        add(section("evidence-index", getTranslation("incentive.evidence.index", s.callbacks(),
                        StatementGrid.text(s.index()), StatementGrid.text(s.adjustedIndex()), StatementGrid.text(s.target()),
                        StatementGrid.text(s.satisfactionCoefficient()))
                        + (s.insufficientSample() ? " · " + getTranslation("incentive.evidence.insufficient") : ""),
                callbacks(evidence.callbacks())));
        add(section("evidence-training", getTranslation("incentive.evidence.training", s.assignmentsOnTime(),
                s.assignmentsDue(), StatementGrid.text(s.trainingCoefficient())), assignments(evidence.assignmentsDue())));
        add(section("evidence-kudos", getTranslation("incentive.evidence.kudos", s.kudosPoints(), evidence.kudosExcess(),
                StatementGrid.text(s.recognitionBonus())), givers(evidence.kudosByGiver())));
        add(section("evidence-complaints", getTranslation("incentive.evidence.complaints", s.complaints(),
                StatementGrid.text(s.complaintDeduction())), callbacks(evidence.complaintCallbacks())));
        add(new Paragraph(getTranslation("incentive.evidence.amounts", StatementGrid.text(s.calculated()),
                StatementGrid.text(s.adjustment()), s.adjustmentReason() == null ? "—" : s.adjustmentReason())));
    }

    private Details section(String id, String summary, Component content) {
        Span title = new Span(summary);
        // long figure lines wrap on a phone instead of running off the screen
        title.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
        Details details = new Details(title, content);
        details.setId(id);
        details.setWidthFull();
        return details;
    }

    private Component callbacks(List<CallbackSummary> callbacks) {
        Div list = new Div();
        list.addClassName("evidence-callbacks");
        if (callbacks.isEmpty()) {
            list.add(new Paragraph(getTranslation("incentive.evidence.none")));
        }
        for (CallbackSummary c : callbacks) {
            Paragraph line = new Paragraph(getTranslation("incentive.evidence.callback", c.serviceDate().toString(),
                    c.externalId(), getTranslation("callback-status." + c.status().name()),
                    c.answers().toString(), c.complaint() ? getTranslation("incentive.evidence.complaint-flag") : "",
                    c.comment() == null ? "" : c.comment()));
            line.addClassName("evidence-callback");
            list.add(line);
        }
        return list;
    }

    private Component assignments(List<Assignment> due) {
        Div list = new Div();
        if (due.isEmpty()) {
            list.add(new Paragraph(getTranslation("incentive.evidence.none")));
        }
        due.forEach(a -> list.add(new Paragraph(getTranslation("incentive.evidence.assignment", a.title().in(getLocale()),
                a.dueDate().toString(), a.completedAt() == null ? "—" : a.completedAt().toString(),
                getTranslation(a.status().messageKey())))));
        return list;
    }

    private Component givers(List<GiverTotal> givers) {
        Div list = new Div();
        if (givers.isEmpty()) {
            list.add(new Paragraph(getTranslation("incentive.evidence.none")));
        }
        givers.forEach(g -> list.add(new Paragraph(getTranslation("incentive.evidence.giver", g.giverName(), g.points(),
                g.counted(), g.excess()))));
        return list;
    }
}
