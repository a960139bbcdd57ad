package com.touchpoint.coaching.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.coaching.CoachingCandidate;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionRequest;
import com.touchpoint.coaching.SessionState;
import com.touchpoint.coaching.SessionType;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CoachingViewsTests extends KaribuTest {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OperatorTime time;

    private long staff1() {
        return TestAccess.asAdmin(() -> directory.byEmployeeNo("E10004")).id();
    }

    private static String text(com.vaadin.flow.component.Component root) {
        return root.getElement().getTextRecursively();
    }

    @Test
    void the_supervisor_starts_a_session_from_the_ranked_list_and_adds_an_action_with_training() {
        login("supervisor1");
        UI.getCurrent().navigate("coaching/candidates");
        assertThat(_get(Paragraph.class, spec -> spec.withId("coaching-rule")).getText()).contains("距上次面谈天数");
        @SuppressWarnings("unchecked")
        Grid<CoachingCandidate> grid = _get(Grid.class, spec -> spec.withId("candidates-grid"));
        assertThat(_size(grid)).isGreaterThan(1);
        int row = -1;
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).employeeNo().equals("E10004")) {
                row = i;
            }
            assertThat(_get(grid, i).employeeNo()).as("the supervisor is not ranked").isNotEqualTo("E10001");
        }
        assertThat(row).isNotNegative();
        _click((Button) _getCellComponent(grid, row, "start"));
        _click(_get(Button.class, spec -> spec.withId("schedule-save")));

        assertThat(_find(VerticalLayout.class, spec -> spec.withId("coaching-evidence"))).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText()).isEqualTo("已安排");
        _click(_get(Button.class, spec -> spec.withId("add-action")));
        _get(TextField.class, spec -> spec.withId("action-description")).setValue("完成场景练习");
        @SuppressWarnings("unchecked")
        ComboBox<TrainingModule> module = _get(ComboBox.class, spec -> spec.withId("action-training"));
        module.setValue(module.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("action-save")));
        VerticalLayout actions = _get(VerticalLayout.class, spec -> spec.withId("coaching-actions"));
        assertThat(text(actions)).contains("完成场景练习").contains("培训：" + module.getValue().title().zh());
        assertThat(_find(TextArea.class, spec -> spec.withId("private-notes"))).hasSize(1);
    }

    @Test
    void the_staff_member_sees_their_session_without_private_notes_and_acknowledges_it() {
        long staffId = staff1();
        long id = TestAccess.as("supervisor1", () -> {
            long created = sessions.schedule(new SessionRequest(staffId, LocalDateTime.now(time.zone()).withNano(0)
                    .minusMinutes(1), SessionType.CHECK_IN, List.of("PROMISE"))).id();
            sessions.recordNotes(created, "说好的回电要兑现", "私下：家里有老人住院");
            sessions.hold(created);
            return created;
        }, "ROLE_SUPERVISOR", "ROLE_STAFF");
        login("staff1");
        UI.getCurrent().navigate("coaching");
        Div mine = _get(Div.class, spec -> spec.withId("my-sessions"));
        assertThat(text(mine)).contains("关心谈话").contains("待员工确认");
        UI.getCurrent().navigate("coaching/session/" + id);
        String page = text(_get(CoachingSessionView.class));
        assertThat(page).contains("说好的回电要兑现").doesNotContain("家里有老人住院");
        assertThat(_find(TextArea.class, spec -> spec.withId("private-notes"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("hold-session"))).isEmpty();
        _get(TextArea.class, spec -> spec.withId("ack-comment")).setValue("收到");
        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        assertThat(_get(Span.class, spec -> spec.withId("session-state")).getText()).isEqualTo("已确认");
        assertThat(TestAccess.as("supervisor1", () -> sessions.details(id), "ROLE_SUPERVISOR").state())
                .isEqualTo(SessionState.ACKNOWLEDGED);
    }

    @Test
    void another_teams_supervisor_and_hr_get_the_not_found_page_for_a_session() {
        long id = TestAccess.as("staff1", () -> sessions.mine(), "ROLE_STAFF").get(0).id();
        login("supervisor2");
        assertShowsNotFound(() -> UI.getCurrent().navigate("coaching/session/" + id));
        login("hr1");
        assertShowsNotFound(() -> UI.getCurrent().navigate("coaching/session/" + id));
        assertShowsNotFound(() -> UI.getCurrent().navigate("coaching/candidates"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void hr_reads_the_overview_counts() {
        login("hr1");
        UI.getCurrent().navigate("coaching/overview");
        ComboBox<com.touchpoint.staff.OrgUnitDetails> team = _get(ComboBox.class, spec -> spec.withId("overview-team-select"));
        team.setValue(team.getListDataView().getItems().filter(t -> t.code().equals("T-WEST-1")).findFirst().orElseThrow());
        assertThat(_size(_get(Grid.class, spec -> spec.withId("overview-months")))).isEqualTo(6);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("overview-members")))).isGreaterThan(1);
    }
}
