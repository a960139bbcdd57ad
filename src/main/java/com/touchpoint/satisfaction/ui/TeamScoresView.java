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

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Team scores (班组得分): one row per staff member with sample size, adjusted index, standard-score band,
 * trend against last month and weakest item (largest weighted gap to target), and a staff × item heat map,
 * sortable by any column. A click opens the member's page.
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

    /** The member page (in the member feature), reached by its route so this feature does not depend on it. */
    static final String MEMBER_ROUTE = "member/";

    /** A staff member's figures this month with last month's adjusted index for the trend arrow. */
    record TeamRow(StaffIndicators current, Double previousAdjusted) {

        Double trend() {
            return current.adjustedIndex() == null || previousAdjusted == null ? null
                    : current.adjustedIndex() - previousAdjusted;
        }

        /** Points under target of the weakest item (the largest weighted gap), null when none is under target. */
        Double weakestGap() {
            if (current.weakItems().isEmpty()) {
                return null;
            }
            ItemIndicator weakest = itemOf(this, current.weakItems().get(0));
            return weakest.target() - weakest.mean();
        }
    }

    TeamScoresView(IndicatorService indicators, OrgStructure org,
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
        month = new MonthSelect("team-month", operatorTime, 0);
        var bar = new FlexLayout(team, month);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        configureGrid();
        var weakestHelp = new Paragraph(getTranslation("team-scores.weakest.help"));
        weakestHelp.setId("team-weakest-help");
        add(bar, new Paragraph(getTranslation("team-scores.help", indicators.minSample())), weakestHelp, grid);
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
        grid.setWidthFull();
        grid.setMultiSort(false);
        // frozen columns must come first, or the frozen one floats over those scrolled behind it
        grid.addColumn(r -> r.current().name()).setKey("name").setHeader(getTranslation("staff.name")).setFrozen(true)
                .setAutoWidth(true).setFlexGrow(0).setComparator(Comparator.comparing((TeamRow r) -> r.current().name(),
                        Collator.getInstance(getLocale())));
        grid.addColumn(r -> r.current().employeeNo()).setKey("employee-no").setHeader(getTranslation("staff.employee-no"))
                .setAutoWidth(true).setComparator(r -> r.current().employeeNo());
        grid.addColumn(r -> r.current().callbacks()).setKey("n").setHeader(getTranslation("team-scores.n"))
                .setAutoWidth(true).setComparator(r -> r.current().callbacks());
        grid.addColumn(r -> Figures.number(this, r.current().adjustedIndex())).setKey("adjusted")
                .setHeader(getTranslation("scores.adjusted-index")).setAutoWidth(true)
                .setComparator(numbers(r -> r.current().adjustedIndex()));
        grid.addColumn(r -> getTranslation("scores.range", Figures.number(this, r.current().satisfactionRateLow()),
                Figures.number(this, r.current().satisfactionRateHigh())))
                .setKey("interval").setHeader(getTranslation("scores.satisfaction-interval")).setAutoWidth(true)
                .setComparator(numbers(r -> r.current().satisfactionRate()));
        grid.addColumn(r -> r.current().insufficientSample(indicators.minSample())
                ? getTranslation("scores.insufficient", indicators.minSample()) : Figures.band(this, r.current().tScore()))
                .setKey("band").setHeader(getTranslation("scores.band")).setAutoWidth(true)
                .setComparator(numbers(r -> r.current().tScore()));
        grid.addColumn(this::trendArrow).setKey("trend").setHeader(getTranslation("team-scores.trend")).setAutoWidth(true)
                .setComparator(numbers(TeamRow::trend));
        grid.addColumn(this::weakest).setKey("weakest").setHeader(getTranslation("team-scores.weakest"))
                .setAutoWidth(true).setComparator(numbers(TeamRow::weakestGap));
        for (ItemDefinition item : items) {
            grid.addColumn(r -> Figures.number(this, itemOf(r, item.code()).mean()))
                    .setKey("item-" + item.code()).setHeader(item.name(getLocale()))
                    .setPartNameGenerator(r -> "heat-" + Figures.level(itemOf(r, item.code()).mean(),
                            itemOf(r, item.code()).target()))
                    .setAutoWidth(true).setComparator(numbers(r -> itemOf(r, item.code()).mean()));
        }
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                MEMBER_ROUTE + e.getItem().current().staffId())));
    }

    /** Undefined figures ("—") sort after every number. */
    private static Comparator<TeamRow> numbers(Function<TeamRow, Double> figure) {
        return Comparator.comparing(figure, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private String weakest(TeamRow row) {
        List<String> weak = row.current().weakItems();
        if (weak.isEmpty()) {
            return getTranslation("common.empty");
        }
        return getTranslation("team-scores.weakest.value", item(weak.get(0)).name(getLocale()),
                Figures.number(this, row.weakestGap()));
    }

    private ItemDefinition item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static ItemIndicator itemOf(TeamRow row, String code) {
        return row.current().items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private String trendArrow(TeamRow row) {
        Double trend = row.trend();
        if (trend == null) {
            return getTranslation("common.empty");
        }
        double delta = trend;
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
