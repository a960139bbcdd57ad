package com.touchpoint.training.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.training.TrainingCatalog;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class TrainingViewsTests extends KaribuTest {

    @Autowired
    TrainingCatalog catalog;
    @Autowired
    com.touchpoint.training.TrainingAssignments assignments;
    @Autowired
    com.touchpoint.staff.StaffDirectory directory;
    @Autowired
    com.touchpoint.staff.UserAccounts accounts;
    @Autowired
    com.touchpoint.satisfaction.CallbackIntake intake;
    @Autowired
    com.touchpoint.staff.OrgStructure org;

    private void navigateExpectingRefusal(String route) {
        assertShowsNotFound(() -> UI.getCurrent().navigate(route));
    }

    @Test
    void my_training_shows_assignments_with_the_overdue_one_flagged_every_module_and_the_history() {
        login("staff1");
        UI.getCurrent().navigate(MyTrainingView.class);
        Div assigned = _get(Div.class, spec -> spec.withId("training-assigned"));
        assertThat(_find(assigned, ModuleCard.class)).isNotEmpty();
        assertThat(_find(assigned, Span.class, spec -> spec.withClasses("assignment-due")))
                .anySatisfy(due -> assertThat(due.getText()).contains("已逾期"));
        var modules = _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("training-modules"));
        assertThat(modules.isOpened()).as("all modules start collapsed").isFalse();
        modules.setOpened(true);
        assertThat(_find(modules, ModuleCard.class)).hasSize(catalog.modules().size());
        assertThat(_find(Grid.class, spec -> spec.withId("history-grid"))).hasSize(1);
    }

    @Test
    void a_newcomer_is_told_why_the_assigned_and_recommended_sections_are_empty() {
        var newcomer = com.touchpoint.staff.TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 1).members().get(0);
        login(newcomer.username(), java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(MyTrainingView.class);

        assertThat(_get(_get(Div.class, spec -> spec.withId("training-assigned")), Paragraph.class,
                spec -> spec.withClasses("section-empty")).getText()).startsWith("No training is assigned to you right now");
        assertThat(_get(_get(Div.class, spec -> spec.withId("training-recommended")), Paragraph.class,
                spec -> spec.withClasses("section-empty")).getText()).contains("over the last 90 days");
    }

    @Test
    void recommendations_leave_out_the_assigned_module_state_their_period_and_differ_where_the_items_differ() {
        var weak = com.touchpoint.member.WeakMembers.create(directory, accounts, intake);
        TrainingModule assigned = catalog.modules().stream().filter(m -> m.trains().contains("ATTITUDE")
                && m.suits("FIELD_ENGINEER")).findFirst().orElseThrow();
        com.touchpoint.staff.TestAccess.as("supervisor2", () -> assignments.assign(assigned.id(),
                java.util.List.of(weak.member().staffId()), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        .plusDays(7)), "ROLE_STAFF", "ROLE_SUPERVISOR");
        login(weak.member().username(), java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(MyTrainingView.class);

        Div recommended = _get(Div.class, spec -> spec.withId("training-recommended"));
        var cards = _find(recommended, ModuleCard.class);
        assertThat(cards).isNotEmpty().noneMatch(c -> c.getElement().getAttribute("data-module").equals(assigned.id()));
        java.util.Map<String, java.util.Set<String>> reasonsByItems = new java.util.HashMap<>();
        for (ModuleCard card : cards) {
            String reason = _get(card, Paragraph.class, spec -> spec.withClasses("recommendation-reason")).getText();
            assertThat(reason).startsWith("Over the last 90 days: ");
            var trained = new java.util.TreeSet<>(java.util.List.of(card.getElement().getAttribute("data-trains").split(" ")));
            trained.retainAll(java.util.Set.of("ATTITUDE", "EFFICIENCY"));
            reasonsByItems.computeIfAbsent(String.join(",", trained), k -> new java.util.HashSet<>()).add(reason);
        }
        assertThat(reasonsByItems).as("one reason per set of items trained").allSatisfy((items, reasons) ->
                assertThat(reasons).hasSize(1));
        assertThat(reasonsByItems.values().stream().flatMap(java.util.Set::stream).distinct().count())
                .isEqualTo(reasonsByItems.size());
        assertThat(_get(Div.class, spec -> spec.withId("training-assigned")).getElement().getTextRecursively())
                .contains(assigned.title().en());
    }

    @Test
    void the_player_shows_the_customer_and_replies_and_ends_with_a_debrief() {
        TrainingModule module = catalog.modules().get(0);
        login("staff2", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("training/play/" + module.id());
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("player-title")).getText())
                .isEqualTo(module.title().en());
        assertThat(_find(MoodBadge.class)).isNotEmpty();
        int decisions = 0;
        while (_find(Div.class, spec -> spec.withId("debrief")).isEmpty() && decisions < 20) {
            assertThat(_find(Button.class, spec -> spec.withClasses("reply-choice"))).hasSizeBetween(2, 4);
            _click(_get(Button.class, spec -> spec.withId("reply-0")));
            decisions++;
        }
        assertThat(decisions).isGreaterThanOrEqualTo(3);
        assertThat(_find(Div.class, spec -> spec.withClasses("feedback"))).hasSize(decisions);
        assertThat(_get(Span.class, spec -> spec.withId("debrief-total")).getText()).startsWith("Score ");
        assertThat(_get(Span.class, spec -> spec.withId("debrief-verdict")).getText()).isIn("Passed", "Not passed");
        assertThat(_find(Div.class, spec -> spec.withClasses("debrief-step"))).hasSize(decisions);
        assertThat(_find(Div.class, spec -> spec.withClasses("score-row"))).hasSize(module.scoredSkills().size());
    }

    @Test
    void an_unknown_module_is_not_found_and_supervisors_without_staff_role_cannot_play() {
        login("staff1");
        navigateExpectingRefusal("training/play/no-such-module");
        assertThat(_find(ScenarioPlayerView.class)).isEmpty();
        login("quality1");
        navigateExpectingRefusal("training");
        assertThat(_find(MyTrainingView.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_supervisor_sees_the_team_assignments_and_assigns_a_module() {
        login("supervisor1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(TeamTrainingView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("assignment-grid"));
        int before = _size(grid);
        assertThat(before).isPositive();
        _click(_get(Button.class, spec -> spec.withId("assign-training")));
        TrainingModule module = catalog.modules().get(catalog.modules().size() - 1);
        _get(ComboBox.class, spec -> spec.withId("assign-module")).setValue(module);
        MultiSelectComboBox<com.touchpoint.staff.StaffRef> staff = _get(MultiSelectComboBox.class,
                spec -> spec.withId("assign-staff"));
        var someone = staff.getListDataView().getItems().filter(s -> s.employeeNo().startsWith("E")).findFirst().orElseThrow();
        staff.setValue(Set.of(someone));
        _click(_get(Button.class, spec -> spec.withId("assign-save")));
        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("Assigned to "));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("assignment-grid")))).isGreaterThanOrEqualTo(before);
    }

    @Test
    void the_attempt_page_a_supervisor_opens_names_the_staff_member_and_has_a_way_back() {
        login("supervisor1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(TeamTrainingView.class);
        Grid<?> attempts = _get(Grid.class, spec -> spec.withId("team-attempt-grid"));
        int row = java.util.stream.IntStream.range(0, _size(attempts))
                .filter(i -> !com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(attempts, i).get(2)
                        .endsWith("Not finished")).findFirst().orElseThrow();
        String name = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(attempts, row).get(1);
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(attempts, row);
        assertThat(_find(AttemptView.class)).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("attempt-staff")).getElement().getTextRecursively())
                .startsWith("Attempt by ").contains(name);
        assertThat(_get(Button.class, spec -> spec.withId("attempt-back")).getText()).isEqualTo("Back");
    }

    @Test
    void staff_are_refused_team_training_and_the_content_page() {
        login("staff1");
        navigateExpectingRefusal("team-training");
        assertThat(_find(TeamTrainingView.class)).isEmpty();
        login("supervisor1");
        navigateExpectingRefusal("training-content");
        assertThat(_find(TrainingContentView.class)).isEmpty();
    }

    @Test
    void the_admin_sees_what_loaded_and_reloads() {
        login("admin1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(TrainingContentView.class);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("content-modules")))).isEqualTo(catalog.modules().size());
        assertThat(_get(Paragraph.class, spec -> spec.withId("content-summary")).getText())
                .startsWith("Modules built into the application (classpath:training-content/): ")
                .contains(catalog.modules().size() + " modules loaded", "0 problems");
        _click(_get(Button.class, spec -> spec.withId("reload-content")));
        assertThat(getNotifications()).extracting(Notification::getElement).extracting(e -> e.getProperty("text"))
                .contains("Reloaded: " + catalog.modules().size() + " modules, 0 problems");
    }
}
