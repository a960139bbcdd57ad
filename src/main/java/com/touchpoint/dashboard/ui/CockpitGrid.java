package com.touchpoint.dashboard.ui;

import com.touchpoint.dashboard.Cockpit;
import com.touchpoint.dashboard.CockpitRow;
import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.satisfaction.ItemDefinition;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cockpit's team grid: a row per coached member with every signal, sortable by each column, filtered by name or
 * employee number and by "needs attention"; each row starts a coaching session or assigns training, and the name
 * opens the member page. The grid scrolls sideways inside itself on a phone.
 */
class CockpitGrid extends VerticalLayout {

    /** The member page (in the member feature), reached by its route so the dashboard does not depend on its view. */
    static final String MEMBER_ROUTE = "member/";

    private final Grid<CockpitRow> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Checkbox attention = new Checkbox();
    private final Consumer<CockpitRow> schedule;
    private final Consumer<CockpitRow> assign;
    private final String attentionHint;
    private ListDataProvider<CockpitRow> rows = new ListDataProvider<>(new ArrayList<>());
    private List<ItemDefinition> items = List.of();

    CockpitGrid(Consumer<CockpitRow> schedule, Consumer<CockpitRow> assign) {
        this.schedule = schedule;
        this.assign = assign;
        this.attentionHint = getTranslation("home.supervisor.needs-attention");
        setPadding(false);
        setWidthFull();
        filter.setId("cockpit-filter");
        filter.setPlaceholder(getTranslation("home.supervisor.filter"));
        filter.setAriaLabel(getTranslation("home.supervisor.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(e -> applyFilter());
        attention.setId("cockpit-attention");
        attention.setLabel(getTranslation("home.supervisor.needs-attention"));
        attention.addValueChangeListener(e -> applyFilter());
        var bar = new FlexLayout(filter, attention);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        configureGrid();
        add(bar, grid);
    }

    void show(Cockpit cockpit, Locale locale) {
        items = cockpit.items();
        rows = new ListDataProvider<>(new ArrayList<>(cockpit.rows()));
        grid.setItems(rows);
        grid.getColumnByKey("strain").setVisible(cockpit.strainShown());
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        boolean onlyAttention = attention.getValue();
        rows.setFilter(r -> (text.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(text)
                || r.employeeNo().toLowerCase(Locale.ROOT).contains(text)) && (!onlyAttention || r.needsAttention()));
    }

    private void configureGrid() {
        grid.setId("cockpit-grid");
        ComponentTexts.emptyState(grid, "home.supervisor.empty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        // frozen columns must come first, or the frozen one floats over those scrolled behind it
        grid.addColumn(LitRenderer.<CockpitRow>of("<a href=\"" + MEMBER_ROUTE + "${item.id}\" router-link "
                        + "class=\"cockpit-name ${item.attention ? 'cockpit-attention' : ''}\" "
                        + "data-employee-no=\"${item.no}\" title=\"${item.hint}\">${item.name}</a>")
                        .withProperty("id", CockpitRow::staffId).withProperty("no", CockpitRow::employeeNo)
                        .withProperty("name", CockpitRow::name).withProperty("attention", CockpitRow::needsAttention)
                        .withProperty("hint", r -> r.needsAttention() ? attentionHint : ""))
                .setKey("name").setHeader(getTranslation("home.supervisor.column.name"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(CockpitRow::name, Collator.getInstance(getLocale())));
        figure("n", r -> String.valueOf(r.callbacks()), CockpitFormat.nullsLast(CockpitRow::callbacks));
        figure("adjusted", this::adjusted, CockpitFormat.nullsLast(CockpitRow::adjustedIndex));
        figure("interval", this::interval, CockpitFormat.nullsLast(CockpitRow::satisfactionRate));
        figure("trend", r -> CockpitFormat.change(this, r.change()), CockpitFormat.nullsLast(CockpitRow::change));
        figure("weakest", this::weakest, CockpitFormat.nullsLast(CockpitRow::weakestGap));
        figure("training", r -> String.valueOf(r.trainingOverdue()), CockpitFormat.nullsLast(CockpitRow::trainingOverdue));
        figure("strain", this::strain, CockpitFormat.nullsLast(r -> r.strain() == null ? null : r.strain().size()));
        figure("kudos", r -> getTranslation("home.supervisor.kudos.value", r.kudosReceived(), r.kudosPoints()),
                CockpitFormat.nullsLast(CockpitRow::kudosPoints));
        figure("coached", this::coached, CockpitFormat.nullsLast(CockpitRow::daysSinceCoaching));
        figure("actions", r -> getTranslation("home.supervisor.actions.value", r.openActions(), r.overdueActions()),
                CockpitFormat.nullsLast(CockpitRow::openActions));
        grid.addColumn(actions()).setKey("do").setHeader(getTranslation("home.supervisor.column.do"))
                .setAutoWidth(true).setFlexGrow(0);
    }

    /**
     * A figure column whose cell carries the employee number, so a test can read one person's figure. Cells are
     * templates filled in the browser rather than server-side components: a team of 30 would otherwise keep about
     * 400 components per open home in the session.
     */
    private void figure(String key, Function<CockpitRow, String> text, Comparator<CockpitRow> order) {
        grid.addColumn(LitRenderer.<CockpitRow>of("<span class=\"cockpit-" + key
                        + "\" data-employee-no=\"${item.no}\">${item.text}</span>")
                        .withProperty("no", CockpitRow::employeeNo).withProperty("text", text::apply))
                .setKey(key).setHeader(getTranslation("home.supervisor.column." + key)).setAutoWidth(true)
                .setComparator(order).setSortable(true);
    }

    /** The row's buttons: start a coaching session ({@code start}) or assign training ({@code assign}). */
    private LitRenderer<CockpitRow> actions() {
        String coach = getTranslation("home.supervisor.start-session");
        String train = getTranslation("home.supervisor.assign-training");
        return LitRenderer.<CockpitRow>of("<vaadin-horizontal-layout theme=\"spacing\">"
                        + "<vaadin-button theme=\"small primary\" class=\"cockpit-start-session\" "
                        + "data-employee-no=\"${item.no}\" @click=\"${start}\">${item.coach}</vaadin-button>"
                        + "<vaadin-button theme=\"small\" class=\"cockpit-assign-training\" "
                        + "data-employee-no=\"${item.no}\" @click=\"${assign}\">${item.train}</vaadin-button>"
                        + "</vaadin-horizontal-layout>")
                .withProperty("no", CockpitRow::employeeNo).withProperty("coach", r -> coach)
                .withProperty("train", r -> train)
                .withFunction("start", schedule::accept).withFunction("assign", assign::accept);
    }

    private String adjusted(CockpitRow r) {
        if (r.insufficientSample()) {
            return getTranslation("home.supervisor.adjusted.small", CockpitFormat.number(this, r.adjustedIndex()));
        }
        return CockpitFormat.number(this, r.adjustedIndex());
    }

    private String interval(CockpitRow r) {
        if (r.satisfactionRateLow() == null) {
            return getTranslation("common.empty");
        }
        return getTranslation("home.supervisor.interval.value", CockpitFormat.number(this, r.satisfactionRate()),
                CockpitFormat.number(this, r.satisfactionRateLow()), CockpitFormat.number(this, r.satisfactionRateHigh()));
    }

    private String weakest(CockpitRow r) {
        if (r.weakestItem() == null) {
            return getTranslation("common.empty");
        }
        String name = items.stream().filter(i -> i.code().equals(r.weakestItem())).findFirst()
                .map(i -> i.name(getLocale())).orElse(r.weakestItem());
        return getTranslation("home.supervisor.weakest.value", name, CockpitFormat.number(this, r.weakestGap()));
    }

    private String strain(CockpitRow r) {
        if (r.strain() == null) {
            return getTranslation("home.supervisor.strain.not-shared");
        }
        if (r.strain().isEmpty()) {
            return getTranslation("home.supervisor.strain.none");
        }
        return String.join(getTranslation("common.list-separator"),
                r.strain().stream().map(k -> getTranslation("home.supervisor.strain." + k)).toList());
    }

    private String coached(CockpitRow r) {
        return r.daysSinceCoaching() == null ? getTranslation("home.supervisor.coached.never")
                : getTranslation("home.supervisor.coached.days", r.daysSinceCoaching());
    }

    Grid<CockpitRow> grid() {
        return grid;
    }
}
