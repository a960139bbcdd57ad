package com.touchpoint.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A chart drawn in the browser by Apache ECharts (the {@code tp-chart} web component under {@code frontend/}),
 * following the UI language and the light/dark theme, with a plain table of the same figures for screen readers.
 * The table goes to the browser as one JSON property that the component draws, not as server-side elements: a table
 * of a 30-member heat map would otherwise hold hundreds of state nodes in every open session.
 * The element is a {@code role="figure"} named by the spec's title and carries {@code lang} from the UI locale; once
 * drawn it has {@code data-drawn="light/ZH"} (or {@code dark}, {@code EN}), which browser tests can wait for. The
 * default height suits the kind (a sparkline 48 px, a line or bar chart 240 px); {@link #setHeight} changes it.
 */
@Tag("tp-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./charts/tp-chart.ts")
public class Chart extends Component implements HasSize {

    /** The figures as the screen readers' table gives them: a caption, the column headings and the rows. */
    public record Table(String caption, List<String> header, List<List<String>> rows) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChartSpec spec;
    private final String option;
    private final Table table;

    public Chart(ChartSpec spec) {
        this.spec = spec;
        this.option = ChartOptions.json(spec);
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", spec.title());
        getElement().setAttribute("lang", getLocale().toLanguageTag());
        getElement().setProperty("option", option);
        this.table = fallback();
        getElement().setProperty("table", json(table));
        addClassName("tp-chart");
        setHeight(defaultHeight(spec));
    }

    /** The figures shown, so that tests and callers can compare them with their source. */
    public ChartSpec spec() {
        return spec;
    }

    /** The ECharts option the browser draws, as JSON. */
    public String option() {
        return option;
    }

    /** The table of the same figures that screen readers get. */
    public Table table() {
        return table;
    }

    private static String json(Table table) {
        try {
            return JSON.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a table of strings is always JSON", e);
        }
    }

    private static String defaultHeight(ChartSpec spec) {
        if (spec instanceof ChartSpec.Sparkline) {
            return "48px";
        }
        if (spec instanceof ChartSpec.HeatMap heatMap) {
            return Math.max(160, 36 * heatMap.rows().size() + 96) + "px";
        }
        return spec instanceof ChartSpec.Radar ? "300px" : "240px";
    }

    /** The same figures as a table, hidden from the eye by the component but read out by screen readers. */
    private Table fallback() {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        if (spec instanceof ChartSpec.Line line) {
            series(line.categories(), line.series(), line.target(), line.xTitle(), header, rows);
        } else if (spec instanceof ChartSpec.Bar bar) {
            series(bar.categories(), bar.series(), bar.target(), bar.xTitle(), header, rows);
        } else if (spec instanceof ChartSpec.Sparkline sparkline) {
            header.add(getTranslation("chart.category"));
            header.add(sparkline.title());
            if (sparkline.target() != null) {
                header.add(getTranslation("chart.target"));
            }
            for (int i = 0; i < sparkline.categories().size(); i++) {
                List<String> row = new ArrayList<>(List.of(sparkline.categories().get(i), figure(value(sparkline.values(), i))));
                if (sparkline.target() != null) {
                    row.add(figure(sparkline.target()));
                }
                rows.add(row);
            }
        } else if (spec instanceof ChartSpec.HeatMap heatMap) {
            header.add("");
            header.addAll(heatMap.columns());
            for (int r = 0; r < heatMap.rows().size(); r++) {
                List<String> row = new ArrayList<>(List.of(heatMap.rows().get(r)));
                List<Double> values = r < heatMap.values().size() ? heatMap.values().get(r) : List.of();
                for (int c = 0; c < heatMap.columns().size(); c++) {
                    row.add(figure(value(values, c)));
                }
                rows.add(row);
            }
        } else if (spec instanceof ChartSpec.Radar radar) {
            series(radar.axes(), radar.series(), null, getTranslation("chart.item"), header, rows);
        }
        return new Table(spec.title(), Collections.unmodifiableList(header),
                rows.stream().map(Collections::unmodifiableList).toList());
    }

    private void series(List<String> categories, List<ChartSpec.Series> series, ChartSpec.Reference target,
                        String categoryTitle, List<String> header, List<List<String>> rows) {
        header.add(categoryTitle == null || categoryTitle.isBlank() ? getTranslation("chart.category") : categoryTitle);
        series.forEach(s -> header.add(s.name()));
        if (target != null) {
            header.add(target.label());
        }
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (ChartSpec.Series s : series) {
                row.add(figure(value(s.values(), i)));
            }
            if (target != null) {
                row.add(figure(target.value()));
            }
            rows.add(row);
        }
    }

    private static Double value(List<Double> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private String figure(Double value) {
        return value == null || !Double.isFinite(value) ? getTranslation("common.empty") : ChartOptions.number(value);
    }
}
