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
        Div modules = _get(Div.class, spec -> spec.withId("training-modules"));
        assertThat(_find(modules, ModuleCard.class)).hasSize(catalog.modules().size());
        assertThat(_find(Grid.class, spec -> spec.withId("history-grid"))).hasSize(1);
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
