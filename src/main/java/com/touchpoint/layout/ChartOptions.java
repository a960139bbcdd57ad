package com.touchpoint.layout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns a {@link ChartSpec} into an Apache ECharts option. Pure, so each kind's option is pinned by plain unit tests;
 * the web component only adds what JSON cannot carry (number formatters, the theme, the language).
 */
final class ChartOptions {

    /** Digits after the decimal point wherever a figure is shown; the web component reads it as {@code tpDecimals}. */
    static final int DECIMALS = 1;
    /** Dashed target lines in one colour that reads on the light and on the dark theme. */
    static final String TARGET_COLOUR = "#d9822b";
    /** Heat map colours from low (under target) to high. */
    static final List<String> HEAT_COLOURS = List.of("#e5533d", "#f5c342", "#3ba272");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartOptions() {
    }

    static ObjectNode of(ChartSpec spec) {
        if (spec instanceof ChartSpec.Line line) {
            return cartesian("line", line.categories(), line.series(), line.target(), line.xTitle(), line.yTitle());
        }
        if (spec instanceof ChartSpec.Bar bar) {
            return cartesian("bar", bar.categories(), bar.series(), bar.target(), bar.xTitle(), bar.yTitle());
        }
        if (spec instanceof ChartSpec.Sparkline sparkline) {
            return sparkline(sparkline);
        }
        if (spec instanceof ChartSpec.HeatMap heatMap) {
            return heatMap(heatMap);
        }
        return radar((ChartSpec.Radar) spec);
    }

    static String json(ChartSpec spec) {
        return of(spec).toString();
    }

    /** A figure as every chart shows it: one decimal, half up ("85.0"), whatever the UI language. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    private static ObjectNode base() {
        ObjectNode option = JSON.createObjectNode();
        option.put("tpDecimals", DECIMALS);
        option.put("animationDuration", 300);
        return option;
    }

    private static ObjectNode cartesian(String type, List<String> categories, List<ChartSpec.Series> series,
                                        ChartSpec.Reference target, String xTitle, String yTitle) {
        ObjectNode option = base();
        boolean legend = series.size() > 1;
        option.putObject("tooltip").put("trigger", "axis").put("confine", true);
        if (legend) {
            option.putObject("legend").put("type", "scroll").put("top", 0);
        }
        boolean xNamed = xTitle != null && !xTitle.isBlank();
        boolean yNamed = yTitle != null && !yTitle.isBlank();
        option.putObject("grid").put("left", 8).put("right", 16).put("top", (legend ? 28 : 0) + (yNamed ? 32 : 16))
                .put("bottom", xNamed ? 32 : 8).put("containLabel", true);

        ObjectNode x = option.putObject("xAxis").put("type", "category").put("boundaryGap", type.equals("bar"));
        strings(x.putArray("data"), categories);
        if (xNamed) {
            x.put("name", xTitle).put("nameLocation", "middle").put("nameGap", 28);
        }
        ObjectNode y = option.putObject("yAxis").put("type", "value");
        if (yNamed) {
            // above the axis, running to the right, so that a long title is not cut at the left edge
            y.put("name", yTitle).put("nameLocation", "end").putObject("nameTextStyle").put("align", "left");
        }
        Range range = Range.of(series.stream().flatMap(s -> s.values().stream()), target == null ? null : target.value());
        if (range != null) {
            if (type.equals("bar")) {
                y.put("min", Math.min(0, range.low())).put("max", range.high());
            } else {
                y.put("min", range.low()).put("max", range.high());
            }
        }

        ArrayNode all = option.putArray("series");
        for (int i = 0; i < series.size(); i++) {
            ChartSpec.Series s = series.get(i);
            ObjectNode node = all.addObject().put("type", type).put("name", s.name());
            numbers(node.putArray("data"), s.values());
            if (type.equals("line")) {
                node.put("connectNulls", false).put("symbolSize", 7);
            } else {
                node.put("barMaxWidth", 36);
            }
            if (i == 0 && target != null) {
                node.set("markLine", markLine(target.label(), target.value(), true));
            }
        }
        return option;
    }

    private static ObjectNode sparkline(ChartSpec.Sparkline spec) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "axis").put("confine", true);
        option.putObject("grid").put("left", 2).put("right", 2).put("top", 4).put("bottom", 4).put("containLabel", false);
        ObjectNode x = option.putObject("xAxis").put("type", "category").put("show", false).put("boundaryGap", false);
        strings(x.putArray("data"), spec.categories());
        ObjectNode y = option.putObject("yAxis").put("type", "value").put("show", false);
        Range range = Range.of(spec.values().stream(), spec.target());
        if (range != null) {
            y.put("min", range.low()).put("max", range.high());
        }
        ObjectNode line = option.putArray("series").addObject().put("type", "line").put("name", spec.title())
                .put("connectNulls", false).put("showSymbol", false).put("symbolSize", 5);
        line.putObject("lineStyle").put("width", 2);
        line.putObject("areaStyle").put("opacity", 0.12);
        numbers(line.putArray("data"), spec.values());
        if (spec.target() != null) {
            line.set("markLine", markLine(null, spec.target(), false));
        }
        return option;
    }

    private static ObjectNode heatMap(ChartSpec.HeatMap spec) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item").put("confine", true);
        option.putObject("grid").put("left", 8).put("right", 8).put("top", 8).put("bottom", 52).put("containLabel", true);
        ObjectNode x = option.putObject("xAxis").put("type", "category").put("position", "top");
        strings(x.putArray("data"), spec.columns());
        x.putObject("splitArea").put("show", true);
        x.putObject("axisLabel").put("interval", 0).put("hideOverlap", true);
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        strings(y.putArray("data"), spec.rows());
        y.putObject("splitArea").put("show", true);
        y.putObject("axisLabel").put("interval", 0);

        ObjectNode visualMap = option.putObject("visualMap").put("type", "continuous").put("min", spec.low())
                .put("max", spec.high()).put("precision", DECIMALS).put("calculable", false)
                .put("orient", "horizontal").put("left", "center").put("bottom", 0).put("itemHeight", 160)
                .put("itemWidth", 12);
        strings(visualMap.putObject("inRange").putArray("color"), HEAT_COLOURS);

        ObjectNode series = option.putArray("series").addObject().put("type", "heatmap").put("name", spec.title());
        series.putObject("label").put("show", true);
        series.putObject("emphasis").putObject("itemStyle").put("borderColor", "#333").put("borderWidth", 1);
        ArrayNode data = series.putArray("data");
        for (int row = 0; row < spec.values().size(); row++) {
            List<Double> values = spec.values().get(row);
            for (int column = 0; column < values.size(); column++) {
                Double value = values.get(column);
                if (value != null && Double.isFinite(value)) {
                    data.addArray().add(column).add(row).add(value);
                }
            }
        }
        return option;
    }

    private static ObjectNode radar(ChartSpec.Radar spec) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item").put("confine", true);
        boolean legend = spec.series().size() > 1;
        if (legend) {
            option.putObject("legend").put("type", "scroll").put("bottom", 0);
        }
        ObjectNode radar = option.putObject("radar").put("radius", "62%");
        ArrayNode indicators = radar.putArray("indicator");
        spec.axes().forEach(axis -> indicators.addObject().put("name", axis).put("min", 0).put("max", spec.max()));
        ObjectNode series = option.putArray("series").addObject().put("type", "radar").put("name", spec.title());
        ArrayNode data = series.putArray("data");
        for (ChartSpec.Series s : spec.series()) {
            ObjectNode polygon = data.addObject().put("name", s.name());
            numbers(polygon.putArray("value"), s.values());
        }
        return option;
    }

    /** A dashed horizontal line at the value, labelled "label value" (or the value alone) at its end. */
    private static ObjectNode markLine(String label, double value, boolean showLabel) {
        ObjectNode markLine = JSON.createObjectNode().put("symbol", "none").put("silent", false);
        markLine.putObject("lineStyle").put("type", "dashed").put("color", TARGET_COLOUR).put("width", 1.5);
        String text = (label == null || label.isBlank() ? "" : label + " ") + number(value);
        // braces would be read as an ECharts template
        markLine.putObject("label").put("show", showLabel).put("position", "insideEndTop")
                .put("formatter", text.replace("{", "(").replace("}", ")")).put("color", TARGET_COLOUR);
        ObjectNode point = markLine.putArray("data").addObject().put("yAxis", value);
        if (label != null && !label.isBlank()) {
            point.put("name", label);
        }
        return markLine;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Values with a null (or not a number) as a JSON null: ECharts leaves a gap there. */
    private static void numbers(ArrayNode array, List<Double> values) {
        for (Double value : values) {
            if (value == null || !Double.isFinite(value)) {
                array.addNull();
            } else {
                array.add(value);
            }
        }
    }

    /**
     * The value axis from a little below the lowest figure to a little above the highest, target included (ECharts
     * leaves a mark line outside its automatic range off the chart), in steps of 5.
     */
    record Range(double low, double high) {

        static Range of(Stream<Double> values, Double target) {
            List<Double> all = Stream.concat(values, Stream.of(target)).filter(Objects::nonNull)
                    .filter(Double::isFinite).toList();
            if (all.isEmpty()) {
                return null;
            }
            double min = all.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = all.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double low = Math.floor((min - 2) / 5) * 5;
            double high = Math.ceil((max + 2) / 5) * 5;
            if (min >= 0) {
                low = Math.max(0, low);
            }
            return new Range(low, high);
        }
    }
}
