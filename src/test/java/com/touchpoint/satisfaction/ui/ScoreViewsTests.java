package com.touchpoint.satisfaction.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.ResponseRates;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ScoreViewsTests extends KaribuTest {

    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CallbackIntake intake;
    @Autowired
    OperatorTime operatorTime;
    @Autowired
    com.touchpoint.satisfaction.IndicatorService indicators;
    @Autowired
    com.touchpoint.satisfaction.CallbackReports callbackReports;

    private void navigateExpectingRefusal(Class<? extends com.vaadin.flow.component.Component> view) {
        assertShowsNotFound(() -> UI.getCurrent().navigate(view));
    }

    @SuppressWarnings("unchecked")
    private static List<ResponseRates> rows(String gridId) {
        Grid<ResponseRates> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, i)).toList();
    }

    /**
     * The latest month with at least a week of the demo's callbacks (their service days end two days before
     * today): the current month from its ninth day on, before that the last one.
     */
    private java.time.YearMonth demoMonth() {
        return java.time.YearMonth.from(operatorTime.today().minusDays(8));
    }

    @Test
    void my_scores_show_the_staff_members_own_figures_and_callbacks() {
        login("staff1");
        UI.getCurrent().navigate(MyScoresView.class);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("scores-month")).setValue(demoMonth());
        var cards = _get(FlexLayout.class, spec -> spec.withId("scores-cards"));
        assertThat(cards.getChildren().count()).isEqualTo(5);
        assertThat(_find(StaffScoresPanel.class)).hasSize(1);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("scores-items")))).isEqualTo(6);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("scores-callbacks")))).isPositive();
    }

    @Test
    void my_scores_explain_their_terms_and_link_each_weak_item_to_its_training() {
        var weak = com.touchpoint.member.WeakMembers.create(directory, accounts, intake);
        login(weak.member().username(), java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(MyScoresView.class);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("scores-month")).setValue(weak.month());

        List<String> explanations = _find(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("score-card-explain")).stream()
                .map(com.vaadin.flow.component.html.Span::getText).toList();
        assertThat(explanations).hasSize(3);
        assertThat(explanations.get(0)).contains("average over the weighted questions", "pulled towards");
        assertThat(explanations.get(1)).contains("top answer (9 or more out of 10) to the overall question",
                "far below the index");
        assertThat(explanations.get(2)).contains("50 is their average", "standard deviation");
        var links = _find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("weak-item-training"));
        assertThat(links).extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .containsExactly("training?item=ATTITUDE", "training?item=EFFICIENCY");
        assertThat(_find(com.vaadin.flow.component.html.H3.class)).extracting(com.vaadin.flow.component.html.H3::getText)
                .contains("My callbacks");

        login("supervisor2", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("scores/" + weak.member().staffId());
        assertThat(_find(com.vaadin.flow.component.html.H3.class)).extracting(com.vaadin.flow.component.html.H3::getText)
                .contains("Callbacks").doesNotContain("My callbacks");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("weak-item-training")))
                .isEmpty();
    }

    @Test
    void my_scores_draw_the_trend_of_the_indicator_service_against_the_target() {
        var weak = com.touchpoint.member.WeakMembers.create(directory, accounts, intake);
        login(weak.member().username(), java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(MyScoresView.class);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("scores-month")).setValue(weak.month());

        var trend = indicators.trend(weak.member().staffId(), weak.month(), StaffScoresPanel.TREND_MONTHS);
        double target = indicators.forStaff(weak.member().staffId(), com.touchpoint.shared.Period.of(weak.month())).target();
        var chart = _get(Chart.class, spec -> spec.withId("scores-trend"));
        var line = (ChartSpec.Line) chart.spec();
        assertThat(line.series()).hasSize(1);
        assertThat(line.series().get(0).values()).containsExactlyElementsOf(
                trend.stream().map(com.touchpoint.satisfaction.MonthlyFigure::adjustedIndex).toList());
        assertThat(line.series().get(0).values().get(StaffScoresPanel.TREND_MONTHS - 1)).isNotNull();
        assertThat(line.target()).isEqualTo(new ChartSpec.Reference("Target", target));
        assertThat(line.categories()).hasSize(StaffScoresPanel.TREND_MONTHS)
                .endsWith(weak.month().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
        assertThat(line.title()).isEqualTo("Trend over 6 months (adjusted index)");

        // the table that screen readers get holds the same figures, one decimal
        var rows = chart.table().rows();
        assertThat(rows).hasSize(StaffScoresPanel.TREND_MONTHS);
        var last = rows.get(rows.size() - 1);
        assertThat(last).containsExactly(line.categories().get(StaffScoresPanel.TREND_MONTHS - 1),
                java.math.BigDecimal.valueOf(trend.get(StaffScoresPanel.TREND_MONTHS - 1).adjustedIndex())
                        .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString(),
                java.math.BigDecimal.valueOf(target).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
        assertThat(rows.stream().map(row -> row.get(1)).toList()).containsExactlyElementsOf(trend.stream()
                .map(m -> m.adjustedIndex() == null ? "—" : java.math.BigDecimal.valueOf(m.adjustedIndex())
                        .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()).toList());
    }

    @Test
    void standard_score_bands_read_naturally_in_english() {
        login("staff1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(MyScoresView.class);
        var panel = _get(StaffScoresPanel.class);
        assertThat(Figures.band(panel, 35.0)).isEqualTo("Well below others in the same post");
        assertThat(Figures.band(panel, 65.0)).isEqualTo("Well above others in the same post");
    }

    @Test
    void supervisors_have_their_own_scores_and_quality_staff_have_none() {
        login("supervisor1");
        UI.getCurrent().navigate(MyScoresView.class);
        assertThat(_find(StaffScoresPanel.class)).hasSize(1);
        login("quality1");
        navigateExpectingRefusal(MyScoresView.class);
        assertThat(_find(MyScoresView.class)).isEmpty();
    }

    @Test
    void team_scores_list_the_supervisors_team_only() {
        TestTeams.Team team = TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 3);
        login(team.supervisor());
        UI.getCurrent().navigate(TeamScoresView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_find(Paragraph.class)).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void team_scores_sort_by_any_column_with_the_frozen_name_column_first() {
        login("supervisor1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(TeamScoresView.class);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("team-month")).setValue(demoMonth());
        Grid<TeamScoresView.TeamRow> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        Grid.Column<TeamScoresView.TeamRow> first = grid.getColumns().get(0);
        assertThat(first.getKey()).isEqualTo("name");
        assertThat(first.isFrozen()).isTrue();
        assertThat(grid.getColumns().stream().skip(1).noneMatch(Grid.Column::isFrozen)).isTrue();
        assertThat(grid.getColumns()).allSatisfy(column -> assertThat(column.isSortable()).as(column.getKey()).isTrue());

        int members = rows(grid).size();
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.asc(grid.getColumnByKey("adjusted")).build());
        List<Double> ascending = rows(grid).stream().map(r -> r.current().adjustedIndex()).toList();
        assertThat(ascending.stream().filter(java.util.Objects::nonNull).toList()).isSorted().hasSizeGreaterThan(1);
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.desc(grid.getColumnByKey("n")).build());
        assertThat(rows(grid).stream().map(r -> -r.current().callbacks()).toList()).isSorted();
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.asc(grid.getColumnByKey("item-ATTITUDE")).build());
        assertThat(rows(grid).stream().map(r -> r.current().items().stream().filter(i -> i.code().equals("ATTITUDE"))
                .findFirst().orElseThrow().mean()).filter(java.util.Objects::nonNull).toList()).isSorted();
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.asc(grid.getColumnByKey("name")).build());
        assertThat(rows(grid)).hasSize(members).hasSizeGreaterThan(1);
    }

    @Test
    void team_scores_say_what_weakest_means_and_give_the_gap_in_points() {
        login("supervisor1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(TeamScoresView.class);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("team-month")).setValue(demoMonth());
        assertThat(_get(Paragraph.class, spec -> spec.withId("team-weakest-help")).getText())
                .contains("weighted", "not always the lowest score");
        @SuppressWarnings("unchecked")
        Grid<TeamScoresView.TeamRow> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        int weakestColumn = grid.getColumns().indexOf(grid.getColumnByKey("weakest"));
        var withWeakItem = rows(grid).stream().filter(r -> !r.current().weakItems().isEmpty()).findFirst().orElseThrow();
        int row = rows(grid).indexOf(withWeakItem);
        var item = withWeakItem.current().items().stream()
                .filter(i -> i.code().equals(withWeakItem.current().weakItems().get(0))).findFirst().orElseThrow();
        String gap = java.math.BigDecimal.valueOf(item.target() - item.mean())
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row).get(weakestColumn))
                .endsWith("(" + gap + " points under target)");
    }

    private static List<TeamScoresView.TeamRow> rows(Grid<TeamScoresView.TeamRow> grid) {
        return java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, i)).toList();
    }

    @Test
    void a_staff_member_is_refused_team_scores_and_the_import() {
        login("staff1");
        navigateExpectingRefusal(TeamScoresView.class);
        assertThat(_find(TeamScoresView.class)).isEmpty();
        navigateExpectingRefusal(CallbackImportView.class);
        assertThat(_find(CallbackImportView.class)).isEmpty();
    }

    @Test
    void quality_sees_the_questionnaire_versions_and_supervisors_do_not() {
        login("quality1");
        UI.getCurrent().navigate(QuestionnaireView.class);
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("questionnaire-versions"));
        assertThat(_size(versions)).isPositive();
        assertThat(_size(_get(Grid.class, spec -> spec.withId("questionnaire-items")))).isEqualTo(6);
        login("supervisor1");
        navigateExpectingRefusal(QuestionnaireView.class);
        assertThat(_find(QuestionnaireView.class)).isEmpty();
    }

    @Test
    void a_report_downloads_under_a_chinese_name_in_the_chinese_ui() {
        login("supervisor1");
        long team = com.touchpoint.staff.TestAccess.asAdmin(() -> org.unit("T-WEST-1").orElseThrow().id());
        java.time.YearMonth month = java.time.YearMonth.of(2026, 10);
        callbackReports.generate(team, month, java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(CallbackReportsView.class);
        Grid<com.touchpoint.satisfaction.CallbackReportSummary> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        var anchor = (com.vaadin.flow.component.html.Anchor) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "download");
        assertThat(java.net.URLDecoder.decode(anchor.getHref(), java.nio.charset.StandardCharsets.UTF_8))
                .endsWith("/回访报告-西城营业厅一班-2026年10月.docx");
        login("supervisor1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(CallbackReportsView.class);
        grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        anchor = (com.vaadin.flow.component.html.Anchor) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "download");
        assertThat(anchor.getHref()).endsWith("/callback-report-T-WEST-1-2026-10.docx");
    }

    @Test
    void a_supervisor_opens_callback_reports() {
        login("supervisor1");
        UI.getCurrent().navigate(CallbackReportsView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("report-grid"))).hasSize(1);
        login("hr1");
        navigateExpectingRefusal(CallbackReportsView.class);
        assertThat(_find(CallbackReportsView.class)).isEmpty();
    }

    @Test
    void quality_sees_response_and_timeliness_by_team_and_agent() {
        TestTeams.Team team = TestTeams.newTeam(org, directory, accounts, "EAST", "SHOP_SALES", 1);
        LocalDate day = operatorTime.currentMonth().minusMonths(1).atDay(2);
        String agent = "回访员" + team.id();
        CallbackFixtures.ingestAsQuality(intake, List.of(new CallbackRecord(CallbackFixtures.externalId(),
                team.members().get(0).employeeNo(), day.toString(), day.plusDays(1).toString(), "REPAIR", "ONSITE",
                "MASS", "UNREACHABLE", "STANDARD-2026", java.util.Map.of(), false, null, agent)));
        login("quality1");
        UI.getCurrent().navigate(QualityRatesView.class);
        assertThat(rows("quality-teams")).filteredOn(r -> r.name().equals("测试班组 " + team.code()))
                .singleElement().satisfies(r -> assertThat(r.attempted()).isEqualTo(1));
        assertThat(rows("quality-agents")).filteredOn(r -> r.name().equals(agent))
                .singleElement().satisfies(r -> assertThat(r.responded()).isZero());
        login("staff1");
        navigateExpectingRefusal(QualityRatesView.class);
        assertThat(_find(QualityRatesView.class)).isEmpty();
    }

    @Test
    void quality_opens_the_callback_import_with_its_history() {
        login("quality1");
        UI.getCurrent().navigate(CallbackImportView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("callback-import-history"))).hasSize(1);
    }
}
