package com.touchpoint.staff.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.OrgUnitKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OrgUnitsViewTests extends KaribuTest {

    @Autowired
    OrgStructure org;

    @SuppressWarnings("unchecked")
    private TreeGrid<OrgUnitDetails> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("org-grid"));
    }

    private OrgUnitDetails unit(String code) {
        return org.unit(code).orElseThrow();
    }

    @Test
    void hr_sees_the_organisation_as_a_tree() {
        login("hr1");
        UI.getCurrent().navigate(OrgUnitsView.class);
        var data = tree().getTreeData();
        assertThat(data.getRootItems()).extracting(OrgUnitDetails::code).contains("RG-CITY");
        assertThat(data.getChildren(unit("RG-CITY"))).extracting(OrgUnitDetails::code)
                .contains("BR-WEST", "BR-EAST", "BR-NORTH");
        assertThat(data.getChildren(unit("BR-WEST"))).extracting(OrgUnitDetails::code)
                .contains("T-WEST-1", "T-WEST-2", "T-WEST-3", "T-WEST-4");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_team_is_stored_under_the_chosen_branch() {
        login("hr1");
        UI.getCurrent().navigate(OrgUnitsView.class);
        _click(_get(Button.class, spec -> spec.withId("org-new")));
        _get(TextField.class, spec -> spec.withId("org-code")).setValue("T-WEST-9");
        _get(TextField.class, spec -> spec.withId("org-name")).setValue("西城测试班");
        _get(Select.class, spec -> spec.withId("org-kind")).setValue(OrgUnitKind.TEAM);
        _get(ComboBox.class, spec -> spec.withId("org-parent")).setValue(unit("BR-WEST"));
        _click(_get(Button.class, spec -> spec.withId("org-save")));

        assertThat(unit("T-WEST-9").parentCode()).isEqualTo("BR-WEST");
        assertThat(tree().getTreeData().getChildren(unit("BR-WEST"))).extracting(OrgUnitDetails::code)
                .contains("T-WEST-9");
        assertThat(_find(TextField.class, spec -> spec.withId("org-code"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_services_objections_appear_on_the_fields() {
        login("hr1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(OrgUnitsView.class);
        _click(_get(Button.class, spec -> spec.withId("org-new")));
        _get(TextField.class, spec -> spec.withId("org-code")).setValue("T-NO-PARENT");
        _get(TextField.class, spec -> spec.withId("org-name")).setValue("No parent");
        _click(_get(Button.class, spec -> spec.withId("org-save")));

        ComboBox<OrgUnitDetails> parent = _get(ComboBox.class, spec -> spec.withId("org-parent"));
        assertThat(parent.isInvalid()).isTrue();
        assertThat(parent.getErrorMessage()).contains("parent unit");
        assertThat(org.unit("T-NO-PARENT")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void editing_keeps_the_code_and_offers_only_parents_of_the_right_kind() {
        login("admin1");
        UI.getCurrent().navigate(OrgUnitsView.class);
        _clickItem(tree(), rowOf("T-WEST-1"), 0, false, false, false, false);
        assertThat(_get(TextField.class, spec -> spec.withId("org-code")).isReadOnly()).isTrue();
        ComboBox<OrgUnitDetails> parent = _get(ComboBox.class, spec -> spec.withId("org-parent"));
        assertThat(parent.getValue().code()).isEqualTo("BR-WEST");
        assertThat(getSuggestionItems(parent)).extracting(OrgUnitDetails::kind).containsOnly(OrgUnitKind.BRANCH);

        _get(Select.class, spec -> spec.withId("org-kind")).setValue(OrgUnitKind.BRANCH);
        assertThat(getSuggestionItems(parent)).extracting(OrgUnitDetails::code).contains("RG-CITY");
        assertThat(getSuggestionItems(parent)).extracting(OrgUnitDetails::kind).containsOnly(OrgUnitKind.REGION);
    }

    private int rowOf(String code) {
        TreeGrid<OrgUnitDetails> tree = tree();
        for (int i = 0; i < _size(tree); i++) {
            if (_get(tree, i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    @Test
    void admins_and_hr_find_the_org_units_in_the_menu_but_only_admins_the_other_admin_screens() {
        login("hr1");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).contains("admin/org-units")
                .doesNotContain("admin/users", "admin/api-tokens", "admin/audit");
        login("admin1");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).contains("admin/org-units", "admin/users", "admin/api-tokens", "admin/audit");
    }

    @Test
    void a_supervisor_is_refused_the_org_units() {
        login("supervisor1");
        assertShowsNotFound(() -> UI.getCurrent().navigate(OrgUnitsView.class));
        assertThat(_find(OrgUnitsView.class)).isEmpty();
    }

    private java.util.List<String> menuPaths() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getPath).toList();
    }
}
