package com.touchpoint.dashboard.ui;

import com.touchpoint.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTests extends KaribuTest {

    @Test
    void a_supervisor_lands_on_the_cockpit_and_switches_to_their_own_home() {
        login("supervisor1");
        UI.getCurrent().navigate("");
        assertThat(_find(Tab.class).stream().map(t -> t.getId().orElseThrow()))
                .containsExactly("home-tab-supervisor", "home-tab-staff");
        assertThat(_find(SupervisorHome.class)).hasSize(1);
        assertThat(_find(StaffHome.class)).isEmpty();

        _get(Tabs.class).setSelectedIndex(1);
        assertThat(_find(StaffHome.class)).hasSize(1);
        assertThat(_find(SupervisorHome.class)).isEmpty();
    }

    @Test
    void the_view_parameter_opens_one_of_the_users_homes_and_is_ignored_for_a_home_they_do_not_have() {
        login("supervisor1");
        UI.getCurrent().navigate(HomeView.class, QueryParameters.simple(Map.of("view", "staff")));
        assertThat(_find(StaffHome.class)).hasSize(1);
        assertThat(_get(Tabs.class).getSelectedIndex()).isEqualTo(1);

        login("staff1");
        UI.getCurrent().navigate(HomeView.class, QueryParameters.simple(Map.of("view", "supervisor")));
        assertThat(_find(SupervisorHome.class)).isEmpty();
        assertThat(_find(StaffHome.class)).hasSize(1);
        assertThat(_find(Tabs.class)).as("one home, no tabs").isEmpty();
    }

    @Test
    void hr_and_quality_have_their_own_homes_only() {
        login("hr1");
        UI.getCurrent().navigate("");
        assertThat(_find(HrHome.class)).hasSize(1);
        assertThat(_find(StaffHome.class)).isEmpty();
        assertThat(_find(QualityHome.class)).isEmpty();

        login("quality1");
        UI.getCurrent().navigate("");
        assertThat(_find(QualityHome.class)).hasSize(1);
        assertThat(_find(HrHome.class)).isEmpty();
        assertThat(_find(AdminHome.class)).isEmpty();
    }
}
