package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.satisfaction.CallbackFilter;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.CustomerPraise;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.touchpoint.satisfaction.ServiceType;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.Period;
import com.touchpoint.shared.OperatorTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One staff member's scores for a month: the headline figures with sample size and interval, a
 * six-month trend, items against targets, weak items and the callbacks behind them.
 */
class StaffScoresPanel extends VerticalLayout {

    static final int TREND_MONTHS = 6;

    private final IndicatorService indicators;
    private final CallbackQueries callbacks;
    private final long staffId;
    private final Map<String, ItemDefinition> items;
    private final MonthSelect month;
    private final Div figures = new Div();
    private final Grid<CallbackSummary> callbackGrid = new Grid<>();
    private final Select<ServiceType> serviceType = new Select<>();
    private final Select<String> lowItem = new Select<>();

    private final CustomerPraise praise;
    private final boolean own;

    /**
     * @param praise given when the viewer may mark callbacks as customer praise (the quality team), else null
     * @param own    whether these are the viewer's own scores ("My callbacks") or someone else's
     */
    StaffScoresPanel(IndicatorService indicators, CallbackQueries callbacks, long staffId, OperatorTime time,
                     CustomerPraise praise, boolean own) {
        this.praise = praise;
        this.own = own;
        this.indicators = indicators;
        this.callbacks = callbacks;
        this.staffId = staffId;
        this.items = indicators.items().stream().collect(Collectors.toMap(ItemDefinition::code, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        addClassName("staff-scores");
        setPadding(false);
        month = new MonthSelect("scores-month", time, 0);
        month.addValueChangeListener(e -> refresh());
        add(month, figures, callbackSection());
        refresh();
    }

    private void refresh() {
        YearMonth selected = month.getValue();
        StaffIndicators s = indicators.forStaff(staffId, Period.of(selected));
        figures.removeAll();
        figures.add(new H2(s.name() + " · " + s.employeeNo()), cards(s),
                new H3(getTranslation("scores.trend")),
                trendChart(indicators.trend(staffId, selected, TREND_MONTHS), s.target()),
                new H3(getTranslation("scores.items")), itemGrid(s), weakItems(s));
        callbackGrid.getDataProvider().refreshAll();
    }

    /** The adjusted index month by month against the target; a month without callbacks is a gap. */
    private Chart trendChart(List<MonthlyFigure> months, double target) {
        var monthLabel = DateTimeFormatter.ofPattern(getTranslation("scores.trend.month-pattern"), getLocale());
        String index = getTranslation("scores.adjusted-index");
        var chart = new Chart(new ChartSpec.Line(getTranslation("scores.trend"),
                months.stream().map(m -> monthLabel.format(m.month())).toList(),
                List.of(new ChartSpec.Series(index, months.stream().map(MonthlyFigure::adjustedIndex).toList())),
                new ChartSpec.Reference(getTranslation("scores.trend.target"), target),
                getTranslation("scores.month"), index));
        chart.setId("scores-trend");
        chart.setMaxWidth("720px");
        return chart;
    }

    private FlexLayout cards(StaffIndicators s) {
        boolean insufficient = s.insufficientSample(indicators.minSample());
        var cards = new FlexLayout(
                explained(card("scores.adjusted-index", Figures.number(this, s.adjustedIndex()),
                        getTranslation("scores.adjusted-index.detail", Figures.number(this, s.index()), s.callbacks(),
                                Figures.number(this, s.postIndex())), insufficient ? "none" : Figures.level(s.adjustedIndex(), s.target())),
                        getTranslation("scores.adjusted-index.explain")),
                explained(card("scores.satisfaction-rate", Figures.percent(this, s.satisfactionRate()),
                        getTranslation("scores.interval", Figures.number(this, s.satisfactionRateLow()),
                                Figures.number(this, s.satisfactionRateHigh())), "none"), satisfactionRateExplained()),
                card("scores.target", Figures.number(this, s.target()),
                        getTranslation("scores.attainment", Figures.percent(this,
                                s.attainment() == null ? null : s.attainment() * 100)), "none"),
                explained(card("scores.band", insufficient ? getTranslation("scores.insufficient", indicators.minSample())
                        : Figures.band(this, s.tScore()), getTranslation("scores.band.detail"), "none"),
                        getTranslation("scores.band.explain")),
                card("scores.response-rate", Figures.percent(this, s.responseRate()),
                        getTranslation("scores.timeliness", Figures.percent(this, s.timelinessRate()), s.attempted()),
                        "none"));
        cards.setId("scores-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("score-cards");
        return cards;
    }

    /** A term explained in plain words under its figure. */
    private static Div explained(Div card, String explanation) {
        var text = new Span(explanation);
        text.addClassName("score-card-explain");
        text.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        card.add(text);
        return card;
    }

    /** Why the satisfaction rate can be far below the index: only the top answers to the overall question count. */
    private String satisfactionRateExplained() {
        return items.values().stream().filter(ItemDefinition::overall).findFirst()
                .map(overall -> getTranslation("scores.satisfaction-rate.explain", overall.satisfiedThreshold(),
                        overall.scale().max()))
                .orElse("");
    }

    private Div card(String titleKey, String value, String detail, String level) {
        var title = new Span(getTranslation(titleKey));
        title.addClassName("score-card-title");
        var big = new Span(value);
        big.addClassName("score-card-value");
        big.addClassName("level-" + level);
        var small = new Span(detail);
        small.addClassName("score-card-detail");
        var card = new Div(title, big, small);
        card.addClassName("score-card");
        return card;
    }

    private Grid<ItemIndicator> itemGrid(StaffIndicators s) {
        var grid = new Grid<ItemIndicator>();
        grid.setId("scores-items");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> items.get(i.code()).name(getLocale())).setHeader(getTranslation("scores.item"))
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(i -> Figures.number(this, i.mean())).setHeader(getTranslation("scores.mean"))
                .setPartNameGenerator(i -> "level-" + Figures.level(i.mean(), i.target())).setAutoWidth(true);
        grid.addColumn(i -> Figures.number(this, i.target())).setHeader(getTranslation("scores.target")).setAutoWidth(true);
        grid.addColumn(i -> Figures.percent(this, i.satisfiedRate())).setHeader(getTranslation("scores.satisfied-rate"))
                .setAutoWidth(true);
        grid.addColumn(ItemIndicator::answers).setHeader(getTranslation("scores.answers")).setAutoWidth(true);
        grid.setItems(s.items());
        return grid;
    }

    private Component weakItems(StaffIndicators s) {
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("scores-weak-items");
        list.add(new H3(getTranslation("scores.weak-items")));
        if (s.weakItems().isEmpty()) {
            list.add(new Span(getTranslation("scores.weak-items.none")));
        }
        Map<String, ItemIndicator> byCode = s.items().stream().collect(Collectors.toMap(ItemIndicator::code, i -> i));
        if (!s.weakItems().isEmpty()) {
            list.add(new Span(getTranslation("scores.weak-items.help")));
        }
        for (String code : s.weakItems()) {
            ItemIndicator item = byCode.get(code);
            var line = new Div(new Span(getTranslation("scores.weak-item", items.get(code).name(getLocale()),
                    Figures.number(this, item.target() - item.mean()))));
            line.addClassName("weak-item");
            line.getElement().setAttribute("data-item", code);
            if (own) {
                // the training page, reached by its route: training depends on this feature, not the other way
                var practise = new Anchor("training?item=" + code, getTranslation("scores.weak-item.practise"));
                practise.addClassName("weak-item-training");
                practise.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                line.add(practise);
            }
            list.add(line);
        }
        return list;
    }

    private Component callbackSection() {
        serviceType.setLabel(getTranslation("scores.service-type"));
        serviceType.setItems(ServiceType.values());
        serviceType.setEmptySelectionAllowed(true);
        serviceType.setEmptySelectionCaption(getTranslation("scores.all"));
        serviceType.setItemLabelGenerator(t -> t == null ? getTranslation("scores.all") : getTranslation(t.messageKey()));
        serviceType.addValueChangeListener(e -> callbackGrid.getDataProvider().refreshAll());
        lowItem.setLabel(getTranslation("scores.low-item"));
        lowItem.setItems(List.copyOf(items.keySet()));
        lowItem.setEmptySelectionAllowed(true);
        lowItem.setEmptySelectionCaption(getTranslation("scores.all"));
        lowItem.setItemLabelGenerator(code -> code == null ? getTranslation("scores.all") : items.get(code).name(getLocale()));
        lowItem.addValueChangeListener(e -> callbackGrid.getDataProvider().refreshAll());
        configureCallbackGrid();
        var filters = new FlexLayout(serviceType, lowItem);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        var section = new VerticalLayout(new H3(getTranslation(own ? "scores.callbacks" : "scores.callbacks.other")),
                filters, callbackGrid);
        section.setPadding(false);
        return section;
    }

    private void configureCallbackGrid() {
        callbackGrid.setId("scores-callbacks");
        ComponentTexts.emptyState(callbackGrid, "scores.callbacks.empty");
        callbackGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        callbackGrid.setHeight("420px");
        callbackGrid.addColumn(c -> Formats.date(c.serviceDate())).setHeader(getTranslation("scores.service-date")).setAutoWidth(true);
        callbackGrid.addColumn(c -> getTranslation(c.serviceType().messageKey())).setHeader(getTranslation("scores.service-type"))
                .setAutoWidth(true);
        callbackGrid.addColumn(c -> getTranslation(c.status().messageKey())
                + (c.complaint() ? " · " + getTranslation("scores.complaint") : ""))
                .setHeader(getTranslation("scores.status")).setAutoWidth(true);
        callbackGrid.addColumn(this::answerText).setHeader(getTranslation("scores.answers-given")).setFlexGrow(1);
        callbackGrid.addColumn(c -> c.comment() == null ? "" : c.comment()).setHeader(getTranslation("scores.comment"))
                .setFlexGrow(2);
        if (praise != null) {
            callbackGrid.addComponentColumn(this::praiseToggle).setHeader(getTranslation("recognition.praise")).setAutoWidth(true);
        }
        callbackGrid.setItems(query -> callbacks.forStaff(staffId, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> callbacks.countForStaff(staffId, filter()));
    }

    private String answerText(CallbackSummary c) {
        return c.answers().entrySet().stream()
                .map(e -> (items.containsKey(e.getKey()) ? items.get(e.getKey()).name(getLocale()) : e.getKey())
                        + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private CallbackFilter filter() {
        return new CallbackFilter(month.getValue(), serviceType.getValue(), lowItem.getValue());
    }

    private com.vaadin.flow.component.Component praiseToggle(CallbackSummary c) {
        if (c.status() != com.touchpoint.satisfaction.CallbackStatus.COMPLETED) {
            return new com.vaadin.flow.component.html.Span();
        }
        var toggle = new com.vaadin.flow.component.button.Button(getTranslation(c.praiseMarked()
                ? "scores.praise.unmark" : "scores.praise.mark"), e -> {
            praise.mark(c.id(), !c.praiseMarked());
            callbackGrid.getDataProvider().refreshAll();
        });
        toggle.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("praise-toggle");
        return toggle;
    }
}
