package com.touchpoint.dashboard.ui;

import com.touchpoint.layout.HomeCard;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The coaching dashboard: the home of each role the user holds, the most telling one first (a supervisor's
 * team before their own figures). With several roles, tabs switch between the homes; {@code ?view=staff}
 * opens one directly.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
// the homes are made through Spring providers, which the production bundle's scan of this route cannot follow
@Uses(SupervisorHome.class)
@Uses(StaffHome.class)
@Uses(QualityHome.class)
@Uses(HrHome.class)
@Uses(AdminHome.class)
@Uses(ProfileCard.class)
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private record RoleHome(String view, Supplier<Component> create) {
    }

    private final List<RoleHome> homes = new ArrayList<>();
    private final VerticalLayout content = new VerticalLayout();
    private final Tabs tabs = new Tabs();

    HomeView(CurrentUser user, ObjectProvider<HomeCard> cards, ObjectProvider<SupervisorHome> supervisorHome,
             ObjectProvider<StaffHome> staffHome, ObjectProvider<QualityHome> qualityHome,
             ObjectProvider<HrHome> hrHome, ObjectProvider<AdminHome> adminHome, ObjectProvider<ProfileCard> profile) {
        addClassName("home-view");
        var account = user.account().orElseThrow();
        add(new H2(getTranslation("home.welcome", account.getDisplayName())));
        cards.orderedStream().forEach(card -> card.create().ifPresent(this::add));
        if (user.hasRole(Role.SUPERVISOR)) {
            homes.add(new RoleHome("supervisor", supervisorHome::getObject));
        }
        if (user.hasRole(Role.STAFF) && user.staffId().isPresent()) {
            homes.add(new RoleHome("staff", staffHome::getObject));
        }
        if (user.hasRole(Role.QUALITY)) {
            homes.add(new RoleHome("quality", qualityHome::getObject));
        }
        if (user.hasRole(Role.HR)) {
            homes.add(new RoleHome("hr", hrHome::getObject));
        }
        if (user.hasRole(Role.ADMIN) || homes.isEmpty()) {
            homes.add(new RoleHome("admin", adminHome::getObject));
        }
        content.setPadding(false);
        content.setWidthFull();
        if (homes.size() > 1) {
            homes.forEach(home -> {
                var tab = new Tab(getTranslation("home.view." + home.view()));
                tab.setId("home-tab-" + home.view());
                tabs.add(tab);
            });
            tabs.addSelectedChangeListener(e -> show(homes.get(tabs.getSelectedIndex())));
            add(tabs);
        }
        add(content, profile.getObject());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("view").orElse("");
        int index = 0;
        for (int i = 0; i < homes.size(); i++) {
            if (homes.get(i).view().equals(wanted)) {
                index = i;
            }
        }
        if (homes.size() > 1) {
            tabs.setSelectedIndex(index);
        }
        show(homes.get(index));
    }

    private void show(RoleHome home) {
        content.removeAll();
        content.add(home.create().get());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                ui.getInternals().getActiveViewLocation().getPath() + "?" + QueryParameters.simple(Map.of("view", home.view()))
                        .getQueryString()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
