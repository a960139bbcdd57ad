package com.touchpoint.emotion.ui;

import com.touchpoint.layout.Formats;
import com.touchpoint.emotion.ContagionFigure;
import com.touchpoint.emotion.MoodOverview;
import com.touchpoint.emotion.MoodTag;
import com.touchpoint.emotion.StrainSignal;
import com.touchpoint.emotion.TrendPoint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Map;

/**
 * One person's trend, tags, contagion figure and strain signals. The person sees {@code support} under their
 * signals (suggestions); their supervisor, with consent, sees "consider a check-in conversation" instead.
 */
class MoodFiguresPanel extends VerticalLayout {

    MoodFiguresPanel(MoodOverview overview, Component support) {
        setPadding(false);
        addClassName("mood-figures");
        add(section("emotion.my.trend", trend(overview.weeklyTrend()), "mood-trend"),
                section("emotion.my.tags", tags(overview.tagCounts()), "mood-tags"),
                section("emotion.my.contagion", contagion(overview.contagion()), "mood-contagion"),
                section("emotion.my.signals", signals(overview.signals(), support), "mood-signals"));
    }

    /** Marked by a class, not an id: a supervisor's page shows one panel per sharing member. */
    private Div section(String title, Component body, String className) {
        var section = new Div(new H4(getTranslation(title)), body);
        section.addClassName(className);
        section.setWidthFull();
        return section;
    }

    private Component trend(List<TrendPoint> weeks) {
        var list = new Div();
        for (TrendPoint week : weeks) {
            String label = getTranslation("emotion.trend.window", Formats.date(week.window().from()), Formats.date(week.window().to()));
            String text = week.checkIns() == 0 ? getTranslation("emotion.trend.none")
                    : getTranslation("emotion.trend.row", Figures.of(week.meanMood()), Figures.of(week.meanStress()),
                    week.checkIns());
            var bar = new Div();
            bar.addClassName("mood-bar");
            double share = week.meanMood() == null ? 0 : week.meanMood() / 5 * 100;
            bar.getStyle().set("height", "6px").set("border-radius", "3px").set("width", share + "%")
                    .set("background", "var(--lumo-primary-color)");
            var row = new Div(new Span(label + " · " + text), bar);
            row.addClassName("mood-trend-row");
            row.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-bottom", "var(--lumo-space-xs)");
            list.add(row);
        }
        return list;
    }

    private Component tags(Map<MoodTag, Long> counts) {
        if (counts.isEmpty()) {
            return new Paragraph(getTranslation("emotion.tags.none"));
        }
        var list = new Div();
        counts.forEach((tag, count) -> list.add(new Paragraph(getTranslation("emotion.tags.count",
                getTranslation(tag.messageKey()), count))));
        return list;
    }

    private Component contagion(ContagionFigure figure) {
        if (!figure.enough()) {
            return new Paragraph(getTranslation("emotion.contagion.not-enough", figure.positiveCallbacks(),
                    figure.negativeCallbacks()));
        }
        String key = figure.difference() >= 0 ? "emotion.contagion.higher" : "emotion.contagion.lower";
        return new Paragraph(getTranslation(key, Figures.of(Math.abs(figure.difference())), Figures.of(figure.low()),
                Figures.of(figure.high()), figure.positiveCallbacks(), figure.negativeCallbacks()));
    }

    private Component signals(List<StrainSignal> signals, Component support) {
        if (signals.isEmpty()) {
            return new Paragraph(getTranslation("emotion.signals.none"));
        }
        var list = new Div();
        for (StrainSignal signal : signals) {
            var line = new Paragraph(getTranslation(signal.kind().messageKey(),
                    signal.reason().stream().map(String::valueOf).toArray()));
            line.addClassName("strain-signal");
            list.add(line);
        }
        list.add(support);
        return list;
    }
}
