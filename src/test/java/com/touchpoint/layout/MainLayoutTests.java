package com.touchpoint.layout;

import com.touchpoint.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
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

    @Test
    void the_header_names_the_page_that_is_open() {
        login("supervisor1");
        UI.getCurrent().navigate("team-recognition");
        assertThat(_get(Span.class, spec -> spec.withId("page-title")).getText()).isEqualTo("团队认可");
        login("supervisor1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("leaderboards");
        assertThat(_get(Span.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Leaderboards");
    }

    @Test
    void the_not_found_page_offers_a_way_home() {
        login("staff1");
        assertShowsNotFound(() -> UI.getCurrent().navigate("admin/audit"));
        Anchor home = _get(Anchor.class, spec -> spec.withId("not-found-home"));
        assertThat(home.getText()).isEqualTo("返回首页");
        assertThat(home.getHref()).isEqualTo(".");
    }

    @Test
    void empty_grids_say_why_they_are_empty_in_the_ui_language() {
        login("admin1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("admin/audit");
        _get(TextField.class, spec -> spec.withId("audit-search")).setValue("no-such-entry-" + System.nanoTime());
        assertThat(_get(Grid.class, spec -> spec.withId("audit-grid")).getEmptyStateText())
                .isEqualTo("No audit entries match this search.");
        login("quality1");
        UI.getCurrent().navigate("quality/imports");
        assertThat(_get(Grid.class, spec -> spec.withId("callback-preview")).getEmptyStateText())
                .isEqualTo("上传文件后，会先在这里检查各行，再导入。");
    }

    @Test
    void the_first_page_after_sign_in_already_speaks_the_remembered_language() {
        // supervisor11 is used by no other test; Chinese, the language it is left with, is also the tests' default
        login("supervisor11", java.util.Locale.ENGLISH);
        context.getBean(com.touchpoint.shared.UserLanguagePreference.class)
                .rememberForCurrentUser(java.util.Locale.SIMPLIFIED_CHINESE);
        login("supervisor11", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("");
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).startsWith("欢迎");
        assertThat(_get(Span.class, spec -> spec.withId("page-title")).getText()).isEqualTo("首页");
    }
}
