package com.touchpoint.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;

/**
 * A chart drawn in the browser by Apache ECharts (the {@code tp-chart} web component under {@code frontend/}),
 * following the UI language and the light/dark theme, with a plain table of the same figures for screen readers.
 */
@Tag("tp-chart")
public class Chart extends Component implements HasSize {

    private final ChartSpec spec;

    public Chart(ChartSpec spec) {
        this.spec = spec;
        getElement().setAttribute("aria-label", spec.title());
    }

    /** The figures shown, so that tests and callers can compare them with their source. */
    public ChartSpec spec() {
        return spec;
    }
}
