package com.touchpoint.dashboard.ui;

import com.touchpoint.coaching.CoachingCandidate;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.dashboard.Cockpit;
import com.touchpoint.dashboard.CockpitRow;
import com.touchpoint.dashboard.TeamMonth;
import com.touchpoint.emotion.Climate;
import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.layout.Formats;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.List;

/**
 * The cards above the team grid: the team trend against the target, the member × item heat map, the team climate
 * under the k rule, who may need coaching and the sessions coming up.
 */
class CockpitCards extends FlexLayout {

    /** Heat map colours run over the range where item means of frontline staff actually lie. */
    static final double HEAT_LOW = 50;
    static final double HEAT_HIGH = 100;

    private Chart trend;
    private Chart heatMap;

    CockpitCards() {
        setId("cockpit-cards");
        setWidthFull();
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    void show(Cockpit cockpit) {
        removeAll();
        trend = new Chart(trendSpec(cockpit));
        trend.setId("cockpit-trend");
        heatMap = new Chart(heatMapSpec(cockpit));
        heatMap.setId("cockpit-heatmap");
        add(card("trend", trend), card("heatmap", heatMap), climate(cockpit), candidates(cockpit), upcoming(cockpit));
    }

    private ChartSpec.Line trendSpec(Cockpit cockpit) {
        List<TeamMonth> months = cockpit.trend();
        return new ChartSpec.Line(getTranslation("home.supervisor.trend.title"),
                months.stream().map(m -> Formats.month(m.month())).toList(),
                List.of(new ChartSpec.Series(getTranslation("home.supervisor.trend.series"),
                        months.stream().map(TeamMonth::index).toList())),
                new ChartSpec.Reference(getTranslation("home.supervisor.trend.target"), cockpit.target()),
                getTranslation("home.supervisor.trend.x"), getTranslation("home.supervisor.trend.y"));
    }

    private ChartSpec.HeatMap heatMapSpec(Cockpit cockpit) {
        List<ItemDefinition> items = cockpit.items();
        List<List<Double>> values = cockpit.rows().stream()
                .map(r -> items.stream().map(i -> mean(r, i.code())).toList()).toList();
        return new ChartSpec.HeatMap(getTranslation("home.supervisor.heatmap.title"),
                items.stream().map(i -> i.name(getLocale())).toList(),
                cockpit.rows().stream().map(CockpitRow::name).toList(), values, HEAT_LOW, HEAT_HIGH);
    }

    private static Double mean(CockpitRow row, String item) {
        return row.items().stream().filter(i -> i.code().equals(item)).findFirst().map(ItemIndicator::mean)
                .orElse(null);
    }

    private Div climate(Cockpit cockpit) {
        Climate c = cockpit.climate();
        var text = new Paragraph();
        text.setId("cockpit-climate-figures");
        if (c.suppressed()) {
            text.setText(getTranslation("home.supervisor.climate.suppressed", cockpit.minGroup()));
        } else {
            text.setText(getTranslation("home.supervisor.climate.figures", CockpitFormat.number(this, c.participation()),
                    c.participants(), c.activeMembers(), CockpitFormat.number(this, c.meanMood()),
                    CockpitFormat.number(this, c.meanStress()), CockpitFormat.number(this, c.lowMoodShare())));
        }
        var link = new Anchor("team-climate", getTranslation("home.supervisor.climate.more"));
        link.getElement().setAttribute("router-link", true);
        return card("climate", new Paragraph(getTranslation("home.supervisor.climate.window",
                Formats.date(cockpit.climateWindow().from()), Formats.date(cockpit.climateWindow().to()))), text, link);
    }

    private Div candidates(Cockpit cockpit) {
        var list = new UnorderedList();
        list.setId("cockpit-candidate-list");
        for (CoachingCandidate c : cockpit.candidates()) {
            var item = new ListItem(getTranslation("home.supervisor.candidates.item", c.name(), c.employeeNo(),
                    CockpitFormat.number(this, c.score())));
            item.getElement().setAttribute("data-employee-no", c.employeeNo());
            list.add(item);
        }
        var link = new Anchor("coaching/candidates", getTranslation("home.supervisor.candidates.more"));
        link.getElement().setAttribute("router-link", true);
        return cockpit.candidates().isEmpty() ? card("candidates", new Paragraph(getTranslation("home.supervisor.candidates.none")))
                : card("candidates", list, link);
    }

    private Div upcoming(Cockpit cockpit) {
        if (cockpit.upcoming().isEmpty()) {
            return card("upcoming", new Paragraph(getTranslation("home.supervisor.upcoming.none")));
        }
        var list = new UnorderedList();
        list.setId("cockpit-upcoming-list");
        for (SessionSummary s : cockpit.upcoming()) {
            var link = new Anchor("coaching/session/" + s.id(), getTranslation("home.supervisor.upcoming.item",
                    Formats.date(s.scheduledAt().toLocalDate()) + " " + s.scheduledAt().toLocalTime(),
                    s.staffName(), getTranslation(s.type().messageKey())));
            link.getElement().setAttribute("router-link", true);
            list.add(new ListItem(link));
        }
        return card("upcoming", list);
    }

    /** A titled card that takes a full phone width and shares a wide screen with the others. */
    private Div card(String key, Component... content) {
        var card = new Div(new H3(getTranslation("home.supervisor." + key + ".heading")));
        card.add(content);
        card.setId("cockpit-" + key + "-card");
        card.addClassName("cockpit-card");
        card.getStyle().set("flex", "1 1 20rem").set("min-width", "0").set("max-width", "100%")
                .set("box-sizing", "border-box").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        if (content.length > 0 && content[0] instanceof Chart chart) {
            chart.setWidthFull();
            chart.setHeight("260px");
            chart.getStyle().set("display", "block");
        }
        return card;
    }

    Chart trendChart() {
        return trend;
    }

    Chart heatMapChart() {
        return heatMap;
    }
}
