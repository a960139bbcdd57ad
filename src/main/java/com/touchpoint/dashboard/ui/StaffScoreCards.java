package com.touchpoint.dashboard.ui;

import com.touchpoint.dashboard.StaffOverview;
import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.layout.Formats;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.training.Recommendation;
import com.touchpoint.training.TrainingRecommendations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The score cards of the staff home: my adjusted index against the target, and my weakest item. */
final class StaffScoreCards {

    private StaffScoreCards() {
    }

    static StaffCard index(Component c, StaffOverview o) {
        StaffIndicators s = o.scores();
        var card = new StaffCard("staff-home-index", c.getTranslation("home.staff.index.title"), "my-scores",
                c.getTranslation("home.staff.index.open"));
        var value = new Span(StaffFigures.number(c, s.adjustedIndex()));
        value.setId("staff-home-adjusted");
        value.addClassName("level-" + (o.insufficientSample() ? "none" : StaffFigures.level(s.adjustedIndex(), s.target())));
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        var target = new Span(c.getTranslation("home.staff.index.target", StaffFigures.number(c, s.target())));
        target.setId("staff-home-target");
        target.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        card.with(new Div(value, target),
                line("staff-home-sample", c.getTranslation("home.staff.index.sample", s.callbacks())),
                line("staff-home-interval", c.getTranslation("home.staff.index.interval",
                        StaffFigures.percent(c, s.satisfactionRate()), StaffFigures.number(c, s.satisfactionRateLow()),
                        StaffFigures.number(c, s.satisfactionRateHigh()))));
        if (s.callbacks() == 0) {
            card.empty(c.getTranslation("home.staff.index.no-callbacks"));
        } else if (o.insufficientSample()) {
            var insufficient = StaffCard.line(c.getTranslation("home.staff.index.insufficient", s.callbacks(),
                    o.minSample()), "staff-home-insufficient");
            insufficient.setId("staff-home-insufficient");
            card.with(insufficient);
        }
        var sparkline = new Chart(sparkline(c, o));
        sparkline.setId("staff-home-trend");
        sparkline.setWidthFull();
        sparkline.setHeight("64px");
        return card.with(sparkline);
    }

    static ChartSpec.Sparkline sparkline(Component c, StaffOverview o) {
        return new ChartSpec.Sparkline(c.getTranslation("home.staff.index.trend", StaffOverview.TREND_MONTHS),
                o.trend().stream().map(f -> Formats.month(f.month())).toList(),
                o.trend().stream().map(MonthlyFigure::adjustedIndex).toList(), o.scores().target());
    }

    static StaffCard weakest(Component c, StaffOverview o) {
        String path = o.weakest().map(w -> "training?item=" + w.definition().code()).orElse("training");
        var card = new StaffCard("staff-home-weakest", c.getTranslation("home.staff.weakest.title"), path,
                c.getTranslation("home.staff.weakest.open"));
        if (o.weakest().isEmpty()) {
            return card.empty(c.getTranslation(o.scores().callbacks() == 0 ? "home.staff.weakest.no-callbacks"
                    : "home.staff.weakest.none"));
        }
        var w = o.weakest().get();
        var item = line("staff-home-weakest-item", c.getTranslation("home.staff.weakest.item",
                w.definition().name(locale()), StaffFigures.number(c, w.figures().mean()),
                StaffFigures.number(c, w.figures().target()), StaffFigures.number(c, w.gap())));
        item.getElement().setAttribute("data-item", w.definition().code());
        card.with(item);
        if (w.training().isEmpty()) {
            return card.empty(c.getTranslation("home.staff.weakest.no-training", TrainingRecommendations.WINDOW_DAYS,
                    o.minSample()));
        }
        card.with(StaffCard.small(c.getTranslation("home.staff.weakest.recommended"), "staff-home-recommended-title"));
        for (Recommendation r : w.training()) {
            var module = StaffCard.link("training/play/" + r.module().id(), r.module().title().in(locale()));
            module.addClassName("staff-home-module");
            card.with(module);
        }
        return card;
    }

    /** The UI's language, which names items and modules. */
    private static java.util.Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    private static Component line(String id, String text) {
        var line = StaffCard.line(text, id);
        line.setId(id);
        return line;
    }
}
