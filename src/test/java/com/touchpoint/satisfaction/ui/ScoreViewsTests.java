package com.touchpoint.satisfaction.ui;

import com.touchpoint.KaribuTest;
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

    private void navigateExpectingRefusal(Class<? extends com.vaadin.flow.component.Component> view) {
        assertShowsNotFound(() -> UI.getCurrent().navigate(view));
    }

    @SuppressWarnings("unchecked")
    private static List<ResponseRates> rows(String gridId) {
        Grid<ResponseRates> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, i)).toList();
    }

    @Test
    void my_scores_show_the_staff_members_own_figures_and_callbacks() {
        login("staff1");
        UI.getCurrent().navigate(MyScoresView.class);
        var cards = _get(FlexLayout.class, spec -> spec.withId("scores-cards"));
        assertThat(cards.getChildren().count()).isEqualTo(5);
        assertThat(_find(StaffScoresPanel.class)).hasSize(1);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("scores-items")))).isEqualTo(6);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("scores-callbacks")))).isPositive();
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
