package com.touchpoint.dashboard.ui;

import com.touchpoint.dashboard.ui.HomeParts.PageLink;
import com.touchpoint.dashboard.HrOverview;
import com.touchpoint.dashboard.HrOverview.HrFigures;
import com.touchpoint.dashboard.HrOverview.PostScheme;
import com.touchpoint.dashboard.HrOverview.TeamIncentives;
import com.touchpoint.incentive.IncentiveSheets;
import com.touchpoint.incentive.MonthState;
import com.touchpoint.incentive.SchemeVersion;
import com.touchpoint.layout.BackgroundWork;
import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.shared.OperatorTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * The HR home: the latest incentive months with their workflow state and a sheet export each, the latest month's
 * totals per team (a bar chart and the same figures in a grid), and the scheme in force for each post.
 */
@SpringComponent
@Scope("prototype")
class HrHome extends VerticalLayout {

    private final ZoneId zone;

    HrHome(HrOverview overview, IncentiveSheets sheets, BackgroundWork background, OperatorTime time) {
        addClassName("hr-home");
        setPadding(false);
        this.zone = time.zone();
        HrFigures figures = overview.figures();
        var export = new HrSheetExport(sheets, background);
        add(section("hr-months-card", "home.hr.months", months(figures.months(), export), export),
                teams(figures), section("hr-schemes-card", "home.hr.schemes",
                        new Paragraph(getTranslation("home.hr.schemes-help", Formats.month(figures.month()))),
                        schemes(figures.schemes())),
                links());
    }

    private Grid<MonthState> months(List<MonthState> months, HrSheetExport export) {
        var grid = new Grid<MonthState>();
        grid.setId("hr-months");
        ComponentTexts.emptyState(grid, "home.hr.months-empty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> Formats.month(m.month())).setHeader(getTranslation("home.hr.month")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.status().messageKey())).setKey("status")
                .setHeader(getTranslation("home.hr.status")).setAutoWidth(true);
        grid.addColumn(m -> Formats.dateTime(m.calculatedAt(), zone)).setHeader(getTranslation("home.hr.calculated-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> {
            var button = new Button(getTranslation("incentive.action.export"), e -> export.start(m.month()));
            button.setId("hr-export-" + m.month());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return button;
        }).setKey("export").setHeader(getTranslation("home.hr.export")).setAutoWidth(true);
        grid.setItems(months);
        return grid;
    }

    private Component teams(HrFigures figures) {
        if (figures.latest() == null) {
            return section("hr-teams-card", "home.hr.teams", new Paragraph(getTranslation("home.hr.months-empty")));
        }
        String month = Formats.month(figures.latest().month());
        String status = getTranslation(figures.latest().status().messageKey());
        List<TeamIncentives> teams = figures.teams();
        var chart = new Chart(new ChartSpec.Bar(getTranslation("home.hr.teams-chart", month, status),
                teams.stream().map(TeamIncentives::teamName).toList(),
                List.of(new ChartSpec.Series(getTranslation("incentive.sheet.col.totalFinal"),
                        teams.stream().map(t -> t.finalAmount().doubleValue()).toList())),
                null, getTranslation("incentive.sheet.col.team"), getTranslation("home.hr.amount")));
        chart.setId("hr-teams-chart");
        chart.setWidthFull();
        chart.setHeight("280px");
        var grid = new Grid<TeamIncentives>();
        grid.setId("hr-teams");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TeamIncentives::teamName).setHeader(getTranslation("incentive.sheet.col.team")).setAutoWidth(true);
        grid.addColumn(TeamIncentives::statements).setKey("headcount")
                .setHeader(getTranslation("incentive.sheet.col.headcount")).setAutoWidth(true);
        grid.addColumn(t -> money(t.calculated())).setKey("calculated")
                .setHeader(getTranslation("incentive.sheet.col.calculated")).setAutoWidth(true);
        grid.addColumn(t -> money(t.adjustments())).setKey("adjustments")
                .setHeader(getTranslation("incentive.sheet.col.adjustment")).setAutoWidth(true);
        grid.addColumn(t -> money(t.finalAmount())).setKey("final")
                .setHeader(getTranslation("incentive.sheet.col.final")).setAutoWidth(true);
        grid.setItems(teams);
        TeamIncentives total = figures.total();
        var line = new Span(getTranslation("home.hr.total", month, status, total.statements(),
                money(total.finalAmount())));
        line.setId("hr-total");
        return section("hr-teams-card", "home.hr.teams", line, chart, grid);
    }

    private Grid<PostScheme> schemes(List<PostScheme> schemes) {
        var grid = new Grid<PostScheme>();
        grid.setId("hr-schemes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.post().name(getLocale())).setHeader(getTranslation("incentive.sheet.col.post"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.inForce() == null ? getTranslation("home.hr.no-scheme")
                : Formats.month(s.inForce().effectiveFrom())).setKey("from")
                .setHeader(getTranslation("incentive.sheet.col.effectiveFrom")).setAutoWidth(true);
        grid.addColumn(s -> value(s.inForce(), p -> money(p.parameters().base()))).setKey("base")
                .setHeader(getTranslation("incentive.sheet.col.base")).setAutoWidth(true);
        grid.addColumn(s -> value(s.inForce(), p -> getTranslation("home.hr.coefficient",
                        p.parameters().slope().toPlainString(), p.parameters().floor().toPlainString(),
                        p.parameters().cap().toPlainString(), p.parameters().minSample())))
                .setHeader(getTranslation("home.hr.satisfaction-rule")).setAutoWidth(true);
        grid.addColumn(s -> s.next() == null ? "" : getTranslation("home.hr.next-version",
                Formats.month(s.next().effectiveFrom()), money(s.next().parameters().base())))
                .setKey("next").setHeader(getTranslation("home.hr.next")).setAutoWidth(true);
        grid.setItems(schemes);
        return grid;
    }

    private String value(SchemeVersion version, java.util.function.Function<SchemeVersion, String> text) {
        return version == null ? getTranslation("common.empty") : text.apply(version);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private Component links() {
        return HomeParts.links(this, new PageLink("hr-link-incentives", "incentives", "nav.incentives"),
                new PageLink("hr-link-schemes", "incentive-schemes", "nav.incentive-schemes"));
    }

    private Div section(String id, String titleKey, Component... content) {
        return HomeParts.section(this, id, titleKey, content);
    }
}
