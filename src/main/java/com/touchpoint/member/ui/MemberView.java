package com.touchpoint.member.ui;

import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.member.MemberProfile;
import com.touchpoint.member.MemberProfiles;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingCatalog;
import com.touchpoint.training.ui.AssignDialog;
import com.touchpoint.training.ui.ItemGaps;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * A team member's page (成员), reached from Team scores, Team training, Team recognition and Staff: who they
 * are, their scores, weak items with training to assign for each, their training and the kudos they received.
 */
@Route(value = "member", layout = MainLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.QUALITY, Roles.HR, Roles.ADMIN})
class MemberView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MemberProfiles profiles;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final TrainingAssignments assignments;
    private final TrainingCatalog catalog;
    private final OperatorTime operatorTime;
    private final ZoneId zone;
    private final MonthSelect month;
    private final H2 name = new H2();
    private final Span facts = new Span();
    private final Div content = new Div();
    private long staffId;
    private String title = "";

    MemberView(MemberProfiles profiles, StaffDirectory directory, OrgStructure org, TrainingAssignments assignments,
               TrainingCatalog catalog, OperatorTime operatorTime) {
        this.profiles = profiles;
        this.org = org;
        this.directory = directory;
        this.assignments = assignments;
        this.catalog = catalog;
        this.operatorTime = operatorTime;
        this.zone = operatorTime.zone();
        this.month = new MonthSelect("member-month", operatorTime, 0);
        addClassName("member-view");
        var back = new Button(getTranslation("member.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.setId("member-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        name.setId("member-name");
        facts.setId("member-facts");
        content.setWidthFull();
        add(back, name, facts, month, content);
        month.addValueChangeListener(e -> show());
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        staffId = parameter == null ? -1 : parameter;
        event.getLocation().getQueryParameters().getSingleParameter("month")
                .flatMap(MemberView::month).filter(m -> month.getListDataView().contains(m)).ifPresent(month::setValue);
        try {
            show();
        } catch (AccessDeniedException | com.touchpoint.shared.NotFoundException e) {
            // the same answer as for an unknown page, so the URL reveals nothing about other teams
            event.rerouteToError(NotFoundException.class);
        }
    }

    private static java.util.Optional<YearMonth> month(String text) {
        try {
            return java.util.Optional.of(YearMonth.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private void show() {
        MemberProfile profile = profiles.profile(staffId, month.getValue());
        title = profile.person().name();
        name.setText(profile.person().name());
        facts.setText(getTranslation("member.facts", profile.person().employeeNo(), profile.person().teamName(),
                org.posts().stream().filter(p -> p.code().equals(profile.person().postCode()))
                        .map(p -> p.name(getLocale())).findFirst().orElse(profile.person().postCode())));
        var sections = new MemberSections(this, getLocale(), profile, zone);
        content.removeAll();
        content.add(sections.scores(), sections.weakItems(item -> openAssign(profile, item)), sections.training(),
                sections.kudos(month.getValue()));
    }

    private void openAssign(MemberProfile profile, String itemCode) {
        StaffRef person = directory.ref(profile.person().id()).orElseThrow();
        List<StaffRef> members = directory.teamRefs(person.teamId()).stream().filter(StaffRef::active).toList();
        new AssignDialog(assignments, catalog.modules(), members, operatorTime.today(),
                new ItemGaps(profile.items(), List.of(profile.scores())), this::show)
                .forItem(person, itemCode).open();
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("member.title") : title) + " | " + getTranslation("app.name");
    }
}
