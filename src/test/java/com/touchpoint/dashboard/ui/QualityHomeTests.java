package com.touchpoint.dashboard.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.dashboard.QualityOverview;
import com.touchpoint.dashboard.QualityOverview.QualityFigures;
import com.touchpoint.dashboard.QualityOverview.WeakItem;
import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.satisfaction.CallbackImportSummary;
import com.touchpoint.satisfaction.CallbackReportSummary;
import com.touchpoint.satisfaction.CallbackReports;
import com.touchpoint.satisfaction.ResponseRates;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class QualityHomeTests extends KaribuTest {

    @Autowired
    QualityOverview overview;
    @Autowired
    CallbackReports reports;
    @Autowired
    OrgStructure org;
    @Autowired
    OperatorTime time;

    private QualityFigures figures() {
        return TestAccess.as("quality1", overview::figures, "ROLE_QUALITY");
    }

    private static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void quality_sees_the_rates_items_imports_and_reports_of_the_overview() {
        TestAccess.as("quality1", () -> reports.generate(org.unit("T-WEST-1").orElseThrow().id(),
                time.currentMonth().minusMonths(1), Locale.SIMPLIFIED_CHINESE), "ROLE_QUALITY");
        login("quality1");
        UI.getCurrent().navigate("");
        QualityFigures figures = figures();
        assertThat(_find(QualityHome.class)).hasSize(1);

        assertThat(_get(Span.class, spec -> spec.withId("quality-rates-total")).getText())
                .contains(String.valueOf(figures.total().attempted()))
                .contains(twoDecimals(figures.total().responseRate()) + "%")
                .contains(twoDecimals(figures.total().timelinessRate()) + "%");
        Grid<ResponseRates> rates = _get(Grid.class, spec -> spec.withId("quality-rates-teams"));
        assertThat(_findAll(rates)).isEqualTo(figures.teams()).isNotEmpty();
        assertThat(_getFormatted(rates, 0, "timeliness")).isEqualTo(twoDecimals(figures.teams().get(0).timelinessRate()) + "%");

        Grid<WeakItem> items = _get(Grid.class, spec -> spec.withId("quality-items"));
        assertThat(_findAll(items)).isEqualTo(figures.items().weakest()).isNotEmpty();
        assertThat(_getFormatted(items, 0, "gap")).isEqualTo(twoDecimals(figures.items().weakest().get(0).gap()));
        ChartSpec.Bar bar = (ChartSpec.Bar) _get(Chart.class, spec -> spec.withId("quality-items-chart")).spec();
        assertThat(bar.categories()).containsExactlyElementsOf(
                figures.items().weakest().stream().map(i -> i.item().nameZh()).toList());
        assertThat(bar.series().get(0).values()).containsExactlyElementsOf(figures.items().weakest().stream()
                .map(i -> BigDecimal.valueOf(i.gap()).setScale(1, RoundingMode.HALF_UP).doubleValue()).toList());
        ChartSpec.HeatMap heat = (ChartSpec.HeatMap) _get(Chart.class, spec -> spec.withId("quality-items-heat")).spec();
        assertThat(heat.rows()).isEqualTo(figures.items().teams());
        assertThat(heat.columns()).isEqualTo(bar.categories());

        Grid<CallbackImportSummary> imports = _get(Grid.class, spec -> spec.withId("quality-imports"));
        assertThat(_findAll(imports)).isEqualTo(figures.imports());
        Grid<CallbackReportSummary> stored = _get(Grid.class, spec -> spec.withId("quality-reports"));
        assertThat(_findAll(stored)).isEqualTo(figures.reports()).isNotEmpty();
        Anchor download = (Anchor) _getCellComponent(stored, 0, "download");
        assertThat(download.getHref()).endsWith(".docx");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }
}
