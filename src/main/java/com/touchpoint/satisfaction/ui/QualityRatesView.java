package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.satisfaction.QualityRates;
import com.touchpoint.satisfaction.ResponseRates;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;


/** Response and timeliness rates (3-day rule) by team and by callback agent, for the quality team. */
@Route(value = "quality/rates", layout = MainLayout.class)
@Menu(title = "nav.quality-rates", order = 23, icon = "vaadin:timer")
@RolesAllowed({Roles.QUALITY, Roles.ADMIN})
class QualityRatesView extends VerticalLayout implements HasDynamicTitle {

    private final QualityRates rates;
    private final MonthSelect month;
    private final Grid<ResponseRates> teams = grid("quality-teams", "staff.team");
    private final Grid<ResponseRates> agents = grid("quality-agents", "quality.agent");

    QualityRatesView(QualityRates rates, OperatorTime operatorTime) {
        this.rates = rates;
        month = new MonthSelect("quality-month", operatorTime, 1);
        month.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("nav.quality-rates")), new Paragraph(getTranslation("quality.help")), month,
                new H3(getTranslation("quality.by-team")), teams, new H3(getTranslation("quality.by-agent")), agents);
        refresh();
    }

    private Grid<ResponseRates> grid(String id, String nameHeader) {
        var grid = new Grid<ResponseRates>();
        grid.setId(id);
        ComponentTexts.emptyState(grid, "quality.empty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.name().isEmpty() ? getTranslation("quality.agent-unknown") : r.name())
                .setHeader(getTranslation(nameHeader)).setAutoWidth(true);
        grid.addColumn(ResponseRates::attempted).setHeader(getTranslation("report.callbacks-attempted")).setAutoWidth(true);
        grid.addColumn(r -> Figures.percent(this, r.responseRate())).setHeader(getTranslation("report.response-rate"))
                .setAutoWidth(true);
        grid.addColumn(r -> Figures.percent(this, r.timelinessRate())).setHeader(getTranslation("report.timeliness"))
                .setPartNameGenerator(r -> "level-" + Figures.level(r.timelinessRate(), 90)).setAutoWidth(true);
        return grid;
    }

    private void refresh() {
        teams.setItems(rates.byTeam(month.getValue()));
        agents.setItems(rates.byAgent(month.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.quality-rates") + " | " + getTranslation("app.name");
    }
}
