package com.touchpoint.staff.ui;

import com.touchpoint.layout.Formats;
import com.touchpoint.layout.HomeCard;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.stream.Collectors;

/** The start page: what features offer now (such as today's check-in), who I am, my post and team, and my roles. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser user, StaffDirectory directory, OrgStructure org, ObjectProvider<HomeCard> cards) {
        addClassName("home-view");
        var account = user.account().orElseThrow();
        add(new H2(getTranslation("home.welcome", account.getDisplayName())));
        cards.orderedStream().forEach(card -> card.create().ifPresent(this::add));
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.addFormItem(new Span(account.getRoles().stream()
                .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(" · "))),
                getTranslation("home.roles"));
        user.staffId().flatMap(directory::find).ifPresent(staff -> describe(form, staff, org));
        add(form);
        if (user.hasRole(Role.SUPERVISOR)) {
            add(new Paragraph(getTranslation("home.supervisor-hint")));
        }
    }

    private void describe(FormLayout form, StaffDetails staff, OrgStructure org) {
        String post = org.posts().stream().filter(p -> p.code().equals(staff.postCode())).findFirst()
                .map(p -> p.name(getLocale())).orElse(staff.postCode());
        form.addFormItem(new Span(staff.employeeNo()), getTranslation("staff.employee-no"));
        form.addFormItem(new Span(post), getTranslation("staff.post"));
        form.addFormItem(new Span(staff.teamName()), getTranslation("staff.team"));
        form.addFormItem(new Span(Formats.date(staff.hireDate())), getTranslation("staff.hire-date"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
