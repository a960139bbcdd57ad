package com.touchpoint.layout;

import com.touchpoint.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTests extends KaribuTest {

    private List<String> menuPaths() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getPath).toList();
    }

    @Test
    void a_staff_member_sees_only_the_views_they_may_use() {
        login("staff1");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).contains("").doesNotContain("staff", "admin/users", "admin/audit");
    }

    @Test
    void a_supervisor_sees_the_staff_list_but_no_admin_screens() {
        login("supervisor1");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).contains("", "staff").doesNotContain("admin/users", "admin/audit");
    }

    @Test
    void the_menu_is_chinese_by_default_and_english_when_chosen() {
        login("hr1");
        UI.getCurrent().navigate("");
        var nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).contains("首页", "员工");
        login("hr1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("");
        nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).contains("Home", "Staff");
    }
}
