package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.MonthSelect;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** A small bar chart of the adjusted index per month, drawn with plain elements so it needs no chart library. */
class TrendChart extends Div {

    TrendChart(List<MonthlyFigure> months, double target) {
        addClassName("trend-chart");
        for (MonthlyFigure m : months) {
            var bar = new Div();
            bar.addClassName("trend-bar");
            bar.addClassName("level-" + Figures.level(m.adjustedIndex(), target));
            double height = m.adjustedIndex() == null ? 0 : Math.max(2, m.adjustedIndex());
            bar.getStyle().set("height", height + "%");
            bar.getElement().setAttribute("title", MonthSelect.label(m.month()) + ": " + Figures.number(this, m.adjustedIndex())
                    + " (n=" + m.callbacks() + ")");
            var value = new Span(Figures.number(this, m.adjustedIndex()));
            value.addClassName("trend-value");
            var label = new Span(getTranslation("scores.month-short", m.month().getMonthValue()));
            label.addClassName("trend-label");
            var column = new Div(value, new Div(bar), label);
            column.addClassName("trend-column");
            add(column);
        }
    }
}
