package com.touchpoint.layout;

import java.util.List;

/**
 * What a {@link Chart} shows, in the domain's figures; the chart turns it into an ECharts option and into a
 * plain table for screen readers. Labels and titles are already translated. A null value is a gap (no data).
 */
public sealed interface ChartSpec {

    /** An accessible name for the whole chart, read out instead of the picture. */
    String title();

    /** One named row of values, one value per category (month, item, person). */
    record Series(String name, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** A horizontal reference line such as a target, drawn dashed and labelled with its value. */
    record Reference(String label, double value) {
    }

    /** Values over time (months, days) with an optional target line. */
    record Line(String title, List<String> categories, List<Series> series, Reference target,
                String xTitle, String yTitle) implements ChartSpec {
        public Line {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** Bars per category with an optional target line. */
    record Bar(String title, List<String> categories, List<Series> series, Reference target,
               String xTitle, String yTitle) implements ChartSpec {
        public Bar {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** A tiny trend without axes, for a card; the title says what it is. */
    record Sparkline(String title, List<String> categories, List<Double> values, Double target) implements ChartSpec {
        public Sparkline {
            categories = List.copyOf(categories);
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /**
     * A grid of coloured cells: one row per {@code rows} entry, one column per {@code columns} entry;
     * {@code values.get(row).get(column)}, null where there is no figure. Colours run from {@code low} to {@code high}.
     */
    record HeatMap(String title, List<String> columns, List<String> rows, List<List<Double>> values,
                   double low, double high) implements ChartSpec {
        public HeatMap {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            values = values.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        }
    }

    /** Items around a circle, one polygon per series; every axis runs from 0 to {@code max}. */
    record Radar(String title, List<String> axes, double max, List<Series> series) implements ChartSpec {
        public Radar {
            axes = List.copyOf(axes);
            series = List.copyOf(series);
        }
    }
}
