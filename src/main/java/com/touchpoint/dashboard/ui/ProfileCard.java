package com.touchpoint.dashboard.ui;

import com.touchpoint.layout.Formats;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.util.stream.Collectors;

/** Who I am: my roles and, for staff, employee number, post, team and hire date. */
@SpringComponent
@Scope("prototype")
class ProfileCard extends FormLayout {

    ProfileCard(CurrentUser user, StaffDirectory directory, OrgStructure org) {
        addClassName("profile-card");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        var account = user.account().orElseThrow();
        addFormItem(new Span(account.getRoles().stream()
                .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(" · "))),
                getTranslation("home.roles"));
        user.staffId().flatMap(directory::find).ifPresent(staff -> describe(staff, org));
    }

    private void describe(StaffDetails staff, OrgStructure org) {
        String post = org.posts().stream().filter(p -> p.code().equals(staff.postCode())).findFirst()
                .map(p -> p.name(getLocale())).orElse(staff.postCode());
        addFormItem(new Span(staff.employeeNo()), getTranslation("staff.employee-no"));
        addFormItem(new Span(post), getTranslation("staff.post"));
        addFormItem(new Span(staff.teamName()), getTranslation("staff.team"));
        addFormItem(new Span(Formats.date(staff.hireDate())), getTranslation("staff.hire-date"));
    }
}
