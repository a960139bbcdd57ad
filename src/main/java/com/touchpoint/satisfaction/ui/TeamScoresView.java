package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Team scores (班组得分): one row per staff member with sample size, adjusted index, standard-score band,
 * trend against last month and weakest item, and a staff × item heat map. Click a row for details.
 */
@Route(value = "team-scores", layout = MainLayout.class)
@Menu(title = "nav.team-scores", order = 6, icon = "vaadin:group")
@RolesAllowed({Roles.SUPERVISOR, Roles.QUALITY, Roles.HR, Roles.ADMIN})
class TeamScoresView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorService indicators;
    private final List<ItemDefinition> items;
    private final ComboBox<OrgUnitDetails> team = new ComboBox<>();
    private final MonthSelect month;
    private final Grid<TeamRow> grid = new Grid<>();

    /** A staff member's figures this month with last month's adjusted index for the trend arrow. */
    record TeamRow(StaffIndicators current, Double previousAdjusted) {
    }

    TeamScoresView(IndicatorService indicators, OrgStructure org, Clock clock,
                   OperatorTime operatorTime) {
        this.indicators = indicators;
        this.items = indicators.items();
        addClassName("team-scores-view");
        setSizeFull();
        List<OrgUnitDetails> teams = org.teamsVisibleToCurrentUser();
        team.setId("team-select");
        team.setLabel(getTranslation("staff.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(OrgUnitDetails::name);
        month = new MonthSelect("team-month", clock, operatorTime.zone(), 0);
        var bar = new FlexLayout(team, month);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        configureGrid();
        add(bar, new Paragraph(getTranslation("team-scores.help", indicators.minSample())), grid);
        setFlexGrow(1, grid);
        team.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        if (!teams.isEmpty()) {
            team.setValue(teams.get(0));
        }
    }

    private void configureGrid() {
        grid.setId("team-grid");
        ComponentTexts.emptyState(grid, "team-scores.empty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(r -> r.current().employeeNo()).setHeader(getTranslation("staff.employee-no")).setAutoWidth(true);
        grid.addColumn(r -> r.current().name()).setHeader(getTranslation("staff.name")).setFrozen(true).setAutoWidth(true);
        grid.addColumn(r -> r.current().callbacks()).setHeader(getTranslation("team-scores.n")).setAutoWidth(true);
        grid.addColumn(r -> Figures.number(this, r.current().adjustedIndex()))
                .setHeader(getTranslation("scores.adjusted-index")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("scores.range", Figures.number(this, r.current().satisfactionRateLow()),
                Figures.number(this, r.current().satisfactionRateHigh())))
                .setHeader(getTranslation("scores.satisfaction-interval")).setAutoWidth(true);
        grid.addColumn(r -> r.current().insufficientSample(indicators.minSample())
                ? getTranslation("scores.insufficient", indicators.minSample()) : Figures.band(this, r.current().tScore()))
                .setHeader(getTranslation("scores.band")).setAutoWidth(true);
        grid.addColumn(this::trendArrow).setHeader(getTranslation("team-scores.trend")).setAutoWidth(true);
        grid.addColumn(r -> r.current().weakItems().isEmpty() ? getTranslation("common.empty")
                : item(r.current().weakItems().get(0)).name(getLocale()))
                .setHeader(getTranslation("team-scores.weakest")).setAutoWidth(true);
        for (ItemDefinition item : items) {
            grid.addColumn(r -> Figures.number(this, itemOf(r, item.code()).mean()))
                    .setHeader(item.name(getLocale()))
                    .setPartNameGenerator(r -> "heat-" + Figures.level(itemOf(r, item.code()).mean(),
                            itemOf(r, item.code()).target()))
                    .setAutoWidth(true);
        }
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StaffScoresView.class,
                e.getItem().current().staffId())));
    }

    private ItemDefinition item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static ItemIndicator itemOf(TeamRow row, String code) {
        return row.current().items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private String trendArrow(TeamRow row) {
        Double now = row.current().adjustedIndex();
        Double before = row.previousAdjusted();
        if (now == null || before == null) {
            return getTranslation("common.empty");
        }
        double delta = now - before;
        String arrow = delta > 0.5 ? "↑" : delta < -0.5 ? "↓" : "→";
        return arrow + " " + Figures.number(this, delta);
    }

    private void refresh() {
        if (team.getValue() == null || month.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        long teamId = team.getValue().id();
        List<StaffIndicators> current = indicators.forTeam(teamId, Period.of(month.getValue()));
        Map<Long, Double> previous = new HashMap<>();
        indicators.forTeam(teamId, Period.of(month.getValue().minusMonths(1)))
                .forEach(s -> previous.put(s.staffId(), s.adjustedIndex()));
        grid.setItems(current.stream().map(s -> new TeamRow(s, previous.get(s.staffId()))).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team-scores") + " | " + getTranslation("app.name");
    }
}
