package com.touchpoint.dashboard.ui;

import com.touchpoint.dashboard.ui.HomeParts.PageLink;
import com.touchpoint.dashboard.QualityOverview;
import com.touchpoint.dashboard.QualityOverview.QualityFigures;
import com.touchpoint.dashboard.QualityOverview.WeakItem;
import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.satisfaction.CallbackReportSummary;
import com.touchpoint.satisfaction.CallbackReports;
import com.touchpoint.satisfaction.ResponseRates;
import com.touchpoint.shared.OperatorTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;

/**
 * The quality home: last month's response and timeliness rates (in total and per team), the weakest items across
 * teams (a bar chart of the gaps, a heat map of the teams and a grid of the same figures), the latest imports with
 * their rejected rows, and the latest callback reports to download.
 */
@SpringComponent
@Scope("prototype")
class QualityHome extends VerticalLayout {

    private final ZoneId zone;
    private final CallbackReports reports;

    QualityHome(QualityOverview overview, CallbackReports reports, OperatorTime time) {
        addClassName("quality-home");
        setPadding(false);
        this.zone = time.zone();
        this.reports = reports;
        QualityFigures figures = overview.figures();
        String month = Formats.month(figures.month());
        add(rates(figures, month), items(figures, month),
                section("quality-imports-card", "home.quality.imports", new ImportsGrid("quality-imports", figures.imports(), zone)),
                section("quality-reports-card", "home.quality.reports", reports(figures.reports())), links());
    }

    private Component rates(QualityFigures figures, String month) {
        ResponseRates total = figures.total();
        var line = new Span(getTranslation("home.quality.rates-total", month, total.attempted(),
                percent(total.responseRate()), percent(total.timelinessRate())));
        line.setId("quality-rates-total");
        var grid = new Grid<ResponseRates>();
        grid.setId("quality-rates-teams");
        ComponentTexts.emptyState(grid, "home.quality.rates-empty", month);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ResponseRates::name).setHeader(getTranslation("incentive.sheet.col.team")).setAutoWidth(true);
        grid.addColumn(ResponseRates::attempted).setKey("attempted")
                .setHeader(getTranslation("report.callbacks-attempted")).setAutoWidth(true);
        grid.addColumn(r -> percent(r.responseRate())).setKey("response")
                .setHeader(getTranslation("report.response-rate")).setAutoWidth(true);
        grid.addColumn(r -> percent(r.timelinessRate())).setKey("timeliness")
                .setHeader(getTranslation("report.timeliness")).setAutoWidth(true);
        grid.setItems(figures.teams());
        return section("quality-rates-card", "home.quality.rates", line, grid);
    }

    private Component items(QualityFigures figures, String month) {
        List<WeakItem> items = figures.items().weakest();
        if (items.isEmpty()) {
            return section("quality-items-card", "home.quality.items",
                    new Paragraph(getTranslation("home.quality.items-empty", month)));
        }
        List<String> names = items.stream().map(i -> i.item().name(getLocale())).toList();
        var chart = new Chart(new ChartSpec.Bar(getTranslation("home.quality.items-chart", month), names,
                List.of(new ChartSpec.Series(getTranslation("home.quality.gap"),
                        items.stream().map(i -> round(i.gap())).toList())),
                null, getTranslation("home.quality.item"), getTranslation("home.quality.points")));
        chart.setId("quality-items-chart");
        chart.setWidthFull();
        chart.setHeight("260px");
        var heat = new Chart(new ChartSpec.HeatMap(getTranslation("home.quality.heat-map", month), names,
                figures.items().teams(), figures.items().teamScores().stream()
                .map(row -> row.stream().map(v -> v == null ? null : round(v)).toList()).toList(), -20, 20));
        heat.setId("quality-items-heat");
        heat.setWidthFull();
        heat.setHeight(Math.max(200, 40 + 28 * figures.items().teams().size()) + "px");
        var grid = new Grid<WeakItem>();
        grid.setId("quality-items");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.item().name(getLocale())).setHeader(getTranslation("home.quality.item")).setAutoWidth(true);
        grid.addColumn(i -> number(i.mean())).setKey("mean").setHeader(getTranslation("home.quality.mean"))
                .setAutoWidth(true);
        grid.addColumn(i -> number(i.target())).setKey("target").setHeader(getTranslation("home.quality.target"))
                .setAutoWidth(true);
        grid.addColumn(i -> number(i.gap())).setKey("gap").setHeader(getTranslation("home.quality.gap"))
                .setPartNameGenerator(i -> i.belowTarget() ? "level-bad" : "level-good").setAutoWidth(true);
        grid.addColumn(i -> getTranslation("home.quality.teams-below-value", i.teamsBelow(), i.teamsAnswered()))
                .setKey("teams-below").setHeader(getTranslation("home.quality.teams-below")).setAutoWidth(true);
        grid.addColumn(i -> i.weakestTeam() == null || i.weakestTeamGap() <= 0 ? ""
                        : getTranslation("home.quality.weakest-team-value", i.weakestTeam(), number(i.weakestTeamGap())))
                .setKey("weakest-team").setHeader(getTranslation("home.quality.weakest-team")).setAutoWidth(true);
        grid.setItems(items);
        return section("quality-items-card", "home.quality.items",
                new Paragraph(getTranslation("home.quality.items-help", month)), chart, grid, heat);
    }

    private Grid<CallbackReportSummary> reports(List<CallbackReportSummary> stored) {
        var grid = new Grid<CallbackReportSummary>();
        grid.setId("quality-reports");
        ComponentTexts.emptyState(grid, "home.quality.reports-empty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CallbackReportSummary::unitName).setHeader(getTranslation("home.quality.unit")).setAutoWidth(true);
        grid.addColumn(r -> Formats.month(r.month())).setHeader(getTranslation("home.hr.month")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.generatedAt(), zone)).setHeader(getTranslation("home.quality.generated-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::download).setKey("download").setHeader(getTranslation("report.download"))
                .setAutoWidth(true);
        grid.setItems(stored);
        return grid;
    }

    private Component download(CallbackReportSummary report) {
        String unit = report.unitName().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        String name = getTranslation("report.file-name", unit, report.unitCode(), report.month().getYear(),
                report.month().getMonthValue(), report.month().toString());
        var link = new Anchor(new StreamResource(name, () -> new ByteArrayInputStream(reports.download(report.id()))),
                getTranslation("report.download"));
        link.getElement().setAttribute("download", true);
        link.addClassName("quality-report-download");
        return link;
    }

    static Double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private String number(Double value) {
        return value == null ? getTranslation("common.empty")
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String percent(Double value) {
        return value == null ? getTranslation("common.empty") : number(value) + "%";
    }

    private Component links() {
        return HomeParts.links(this, new PageLink("quality-link-imports", "quality/imports", "nav.callback-imports"),
                new PageLink("quality-link-rates", "quality/rates", "nav.quality-rates"),
                new PageLink("quality-link-reports", "reports", "nav.callback-reports"),
                new PageLink("quality-link-scores", "scores", "nav.staff-scores"));
    }

    private Div section(String id, String titleKey, Component... content) {
        return HomeParts.section(this, id, titleKey, content);
    }
}
