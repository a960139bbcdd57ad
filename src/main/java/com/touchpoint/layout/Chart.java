package com.touchpoint.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart drawn in the browser by Apache ECharts (the {@code tp-chart} web component under {@code frontend/}),
 * following the UI language and the light/dark theme, with a plain table of the same figures for screen readers.
 * The element is a {@code role="figure"} named by the spec's title and carries {@code lang} from the UI locale; once
 * drawn it has {@code data-drawn="light/ZH"} (or {@code dark}, {@code EN}), which browser tests can wait for. The
 * default height suits the kind (a sparkline 48 px, a line or bar chart 240 px); {@link #setHeight} changes it.
 */
@Tag("tp-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./charts/tp-chart.ts")
public class Chart extends Component implements HasSize {

    private final ChartSpec spec;
    private final String option;

    public Chart(ChartSpec spec) {
        this.spec = spec;
        this.option = ChartOptions.json(spec);
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", spec.title());
        getElement().setAttribute("lang", getLocale().toLanguageTag());
        getElement().setProperty("option", option);
        getElement().appendChild(fallback());
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
    private Element fallback() {
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
        return table(header, rows);
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

    private Element table(List<String> header, List<List<String>> rows) {
        var table = new Element("table");
        table.appendChild(new Element("caption").setText(spec.title()));
        var headRow = new Element("tr");
        header.forEach(h -> headRow.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(headRow));
        var body = new Element("tbody");
        for (List<String> row : rows) {
            var tr = new Element("tr");
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(row.get(0)));
            row.stream().skip(1).forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        // hidden from the eye, not from screen readers; a table will not shrink below its content, so a box clips it
        var box = new Element("div");
        box.setAttribute("class", "tp-chart-fallback");
        box.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("margin", "-1px")
                .set("padding", "0").set("overflow", "hidden").set("clip-path", "inset(50%)")
                .set("white-space", "nowrap").set("border", "0");
        return box.appendChild(table);
    }

    private static Double value(List<Double> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private String figure(Double value) {
        return value == null || !Double.isFinite(value) ? getTranslation("common.empty") : ChartOptions.number(value);
    }
}
