package com.touchpoint.staff.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class StaffListViewTests extends KaribuTest {

    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    @SuppressWarnings("unchecked")
    private Grid<StaffDetails> grid() {
        return _get(Grid.class, spec -> spec.withId("staff-grid"));
    }

    @Test
    void a_supervisor_sees_exactly_their_teams_staff() {
        TestTeams.Team team = TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 3);
        login(team.supervisor());
        UI.getCurrent().navigate(StaffListView.class);
        Grid<StaffDetails> grid = grid();
        assertThat(_size(grid)).isEqualTo(3);
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).id()).isIn(team.memberIds());
            assertThat(_get(grid, i).teamCode()).isEqualTo(team.code());
        }
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("staff-new"));
    }

    @Test
    void searching_narrows_the_list() {
        login("hr1");
        UI.getCurrent().navigate(StaffListView.class);
        _get(TextField.class, spec -> spec.withId("staff-search")).setValue("E10004");
        Grid<StaffDetails> grid = grid();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).employeeNo()).isEqualTo("E10004");
    }

    @Test
    void a_staff_member_is_refused_the_staff_list() {
        login("staff1");
        assertShowsNotFound(() -> UI.getCurrent().navigate(StaffListView.class));
        assertThat(_find(StaffListView.class)).isEmpty();
    }
}
