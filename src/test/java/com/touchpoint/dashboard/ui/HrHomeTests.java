package com.touchpoint.dashboard.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.touchpoint.KaribuTest;
import com.touchpoint.dashboard.HrOverview;
import com.touchpoint.dashboard.HrOverview.HrFigures;
import com.touchpoint.dashboard.HrOverview.PostScheme;
import com.touchpoint.dashboard.HrOverview.TeamIncentives;
import com.touchpoint.incentive.MonthState;
import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HrHomeTests extends KaribuTest {

    @Autowired
    HrOverview overview;

    private HrFigures figures() {
        return TestAccess.as("hr1", overview::figures, "ROLE_HR");
    }

    @Test
    @SuppressWarnings("unchecked")
    void hr_sees_the_months_the_team_totals_as_chart_and_grid_and_the_schemes_of_the_overview() {
        login("hr1");
        UI.getCurrent().navigate("");
        HrFigures figures = figures();
        assertThat(_find(HrHome.class)).hasSize(1);

        Grid<MonthState> months = _get(Grid.class, spec -> spec.withId("hr-months"));
        assertThat(_findAll(months)).isEqualTo(figures.months()).isNotEmpty();
        assertThat(_getFormatted(months, 0, "status"))
                .isEqualTo(UI.getCurrent().getTranslation(figures.months().get(0).status().messageKey()));

        Chart chart = _get(Chart.class, spec -> spec.withId("hr-teams-chart"));
        ChartSpec.Bar bar = (ChartSpec.Bar) chart.spec();
        assertThat(bar.categories()).containsExactlyElementsOf(figures.teams().stream().map(TeamIncentives::teamName).toList());
        assertThat(bar.series().get(0).values())
                .containsExactlyElementsOf(figures.teams().stream().map(t -> t.finalAmount().doubleValue()).toList());
        Grid<TeamIncentives> teams = _get(Grid.class, spec -> spec.withId("hr-teams"));
        assertThat(_findAll(teams)).isEqualTo(figures.teams());
        for (int i = 0; i < figures.teams().size(); i++) {
            assertThat(_getFormatted(teams, i, "final")).isEqualTo(figures.teams().get(i).finalAmount().toPlainString());
            assertThat(_getFormatted(teams, i, "headcount")).isEqualTo(String.valueOf(figures.teams().get(i).statements()));
        }
        assertThat(_get(Span.class, spec -> spec.withId("hr-total")).getText())
                .contains(figures.total().finalAmount().toPlainString())
                .contains(String.valueOf(figures.total().statements()));

        Grid<PostScheme> schemes = _get(Grid.class, spec -> spec.withId("hr-schemes"));
        assertThat(_findAll(schemes)).isEqualTo(figures.schemes());
        for (int i = 0; i < figures.schemes().size(); i++) {
            PostScheme scheme = figures.schemes().get(i);
            if (scheme.inForce() != null) {
                assertThat(_getFormatted(schemes, i, "base")).isEqualTo(scheme.inForce().parameters().base().toPlainString());
            }
        }
        assertThat(_get(Anchor.class, spec -> spec.withId("hr-link-incentives")).getHref()).isEqualTo("incentives");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_sheet_of_a_month_is_exported_in_the_background_and_offered_for_download() throws Exception {
        login("hr1", Locale.ENGLISH);
        UI.getCurrent().navigate("");
        Grid<MonthState> months = _get(Grid.class, spec -> spec.withId("hr-months"));
        MonthState first = _findAll(months).get(0);
        Anchor download = _get(HrSheetExport.class).getChildren().filter(Anchor.class::isInstance)
                .map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(download.isVisible()).isFalse();

        _click((Button) _getCellComponent(months, 0, "export"));
        for (int i = 0; i < 300 && !download.isVisible(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getHref()).contains("incentives-" + first.month() + ".xlsx");
        assertThat(download.getText()).startsWith("Download the sheet of");
        assertThat(_find(com.vaadin.flow.component.progressbar.ProgressBar.class,
                spec -> spec.withId("hr-export-progress"))).isEmpty();
    }
}
