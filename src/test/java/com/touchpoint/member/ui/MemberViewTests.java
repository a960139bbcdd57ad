package com.touchpoint.member.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.member.WeakMembers;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MemberViewTests extends KaribuTest {

    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CallbackIntake intake;

    private WeakMembers.WeakMember openWeakMember(String supervisor) {
        WeakMembers.WeakMember weak = WeakMembers.create(directory, accounts, intake);
        login(supervisor, Locale.ENGLISH);
        UI.getCurrent().navigate("member/" + weak.member().staffId(),
                com.vaadin.flow.router.QueryParameters.of("month", weak.month().toString()));
        return weak;
    }

    @Test
    void a_row_of_team_scores_opens_the_members_page_headed_with_their_name() {
        login("supervisor1");
        UI.getCurrent().navigate("team-scores");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        String name = _getFormattedRow(grid, 0).get(0);
        _clickItem(grid, 0);
        assertThat(_get(H2.class, spec -> spec.withId("member-name")).getText()).isEqualTo(name);
        assertThat(_find(H3.class)).extracting(H3::getText).doesNotContain("我的回访记录")
                .contains("得分", "培训", "薄弱项");
        assertThat(_find(Div.class, spec -> spec.withId("member-kudos"))).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("member-assignments")).size()
                + _find(Div.class, spec -> spec.withId("member-training")).size()).isPositive();
    }

    @Test
    void weak_items_say_what_weakest_means_and_give_the_gap_in_points() {
        openWeakMember("supervisor2");
        assertThat(_get(Paragraph.class, spec -> spec.withId("member-weak-help")).getText())
                .contains("weighted", "not always the lowest score");
        List<Div> rows = _find(Div.class, spec -> spec.withClasses("member-weak-item"));
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-item")).startsWith("ATTITUDE", "EFFICIENCY");
        assertThat(_get(rows.get(0), Span.class, spec -> spec.withClasses("weak-item-text")).getText())
                .contains("50.00", "82.00", "32.00 points under target", "weighted gap 8.00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void assigning_for_a_weak_item_offers_the_modules_training_it_first_with_the_members_gaps() {
        WeakMembers.WeakMember weak = openWeakMember("supervisor2");
        Div attitude = _find(Div.class, spec -> spec.withClasses("member-weak-item")).get(0);
        _click(_get(attitude, Button.class, spec -> spec.withClasses("assign-for-item")));

        ComboBox<TrainingModule> module = _get(ComboBox.class, spec -> spec.withId("assign-module"));
        List<TrainingModule> offered = module.getListDataView().getItems().toList();
        long training = offered.stream().filter(m -> m.trains().contains("ATTITUDE")).count();
        assertThat(training).isPositive();
        assertThat(offered.subList(0, (int) training)).allSatisfy(m -> assertThat(m.trains()).contains("ATTITUDE"));
        assertThat(module.getValue().trains()).contains("ATTITUDE");
        MultiSelectComboBox<StaffRef> staff = _get(MultiSelectComboBox.class, spec -> spec.withId("assign-staff"));
        assertThat(staff.getValue()).extracting(StaffRef::id).containsExactly(weak.member().staffId());
        assertThat(_get(Div.class, spec -> spec.withId("assign-module-items")).getElement().getTextRecursively())
                .startsWith("Trains: ").contains("(32.00 points under target)");
        TrainingModule other = offered.stream().filter(m -> m.trains().contains("EFFICIENCY")).findFirst().orElseThrow();
        module.setValue(other);
        assertThat(_get(Div.class, spec -> spec.withId("assign-module-items")).getElement().getTextRecursively())
                .contains("(37.00 points under target)");

        _click(_get(Button.class, spec -> spec.withId("assign-save")));
        Grid<?> assignments = _get(Grid.class, spec -> spec.withId("member-assignments"));
        assertThat(_size(assignments)).isEqualTo(1);
    }

    @Test
    void another_teams_supervisor_and_staff_get_the_not_found_page() {
        WeakMembers.WeakMember weak = WeakMembers.create(directory, accounts, intake);
        login("supervisor5");
        assertShowsNotFound(() -> UI.getCurrent().navigate("member/" + weak.member().staffId()));
        login("staff1");
        assertShowsNotFound(() -> UI.getCurrent().navigate("member/" + weak.member().staffId()));
        assertThat(_find(MemberView.class)).isEmpty();
    }

    @Test
    void team_training_team_recognition_and_staff_lead_to_the_member_page() {
        login("supervisor1");
        UI.getCurrent().navigate("team-training");
        Grid<?> assignments = _get(Grid.class, spec -> spec.withId("assignment-grid"));
        assertThat(_size(assignments)).isPositive();
        var link = (Anchor) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(assignments, 0, "name");
        assertThat(link.getHref()).matches("member/\\d+");
        UI.getCurrent().navigate("team-recognition");
        Grid<?> kudos = _get(Grid.class, spec -> spec.withId("team-kudos"));
        assertThat(_size(kudos)).as("demo kudos this month").isPositive();
        _clickItem(kudos, 0);
        assertThat(_find(MemberView.class)).hasSize(1);
        UI.getCurrent().navigate("staff");
        _clickItem(_get(Grid.class, spec -> spec.withId("staff-grid")), 0);
        assertThat(_find(MemberView.class)).hasSize(1);
    }
}
