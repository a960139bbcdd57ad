package com.touchpoint.training.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.shared.Period;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingAttempts;
import com.touchpoint.training.TrainingCatalog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Team training (团队培训): the team's assignments with overdue flags, assigning modules, and recent attempts. */
@Route(value = "team-training", layout = MainLayout.class)
@Menu(title = "nav.team-training", order = 8, icon = "vaadin:academy-cap")
@RolesAllowed({Roles.SUPERVISOR, Roles.QUALITY, Roles.HR, Roles.ADMIN})
class TeamTrainingView extends VerticalLayout implements HasDynamicTitle {

    static final Duration RECENT = Duration.ofDays(90);

    private final TrainingAssignments assignments;
    private final TrainingAttempts attempts;
    private final TrainingCatalog catalog;
    private final StaffDirectory directory;
    private final IndicatorService indicators;
    private final AccessPolicy access;
    private final Clock clock;
    private final ZoneId zone;
    private final OperatorTime operatorTime;
    private final ComboBox<OrgUnitDetails> team = new ComboBox<>();
    private final Grid<Assignment> assignmentGrid = new Grid<>();
    private final Button assign = new Button();
    private AttemptGrid attemptGrid;

    TeamTrainingView(TrainingAssignments assignments, TrainingAttempts attempts, TrainingCatalog catalog,
                     StaffDirectory directory, OrgStructure org, AccessPolicy access, Clock clock,
                     OperatorTime operatorTime, IndicatorService indicators) {
        this.indicators = indicators;
        this.assignments = assignments;
        this.attempts = attempts;
        this.catalog = catalog;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
        this.zone = operatorTime.zone();
        this.operatorTime = operatorTime;
        addClassName("team-training-view");
        List<OrgUnitDetails> teams = org.teamsVisibleToCurrentUser();
        team.setId("training-team-select");
        team.setLabel(getTranslation("staff.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(OrgUnitDetails::name);
        assign.setText(getTranslation("training.assign.title"));
        assign.setId("assign-training");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> openAssignDialog());
        var bar = new HorizontalLayout(team, assign);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        configureAssignmentGrid();
        add(bar, new H3(getTranslation("training.team.assignments")), assignmentGrid,
                new H3(getTranslation("training.team.attempts")));
        team.addValueChangeListener(e -> refresh());
        if (!teams.isEmpty()) {
            team.setValue(teams.get(0));
        }
    }

    private void configureAssignmentGrid() {
        assignmentGrid.setId("assignment-grid");
        ComponentTexts.emptyState(assignmentGrid, "training.assignments.empty");
        assignmentGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        assignmentGrid.setAllRowsVisible(true);
        assignmentGrid.addComponentColumn(a -> memberLink(a.staffId(), a.staffName())).setKey("name")
                .setHeader(getTranslation("staff.name")).setAutoWidth(true);
        assignmentGrid.addColumn(a -> a.title().in(getLocale())).setHeader(getTranslation("training.history.module"))
                .setFlexGrow(1);
        assignmentGrid.addColumn(a -> Formats.date(a.dueDate())).setHeader(getTranslation("training.assign.due"))
                .setAutoWidth(true);
        assignmentGrid.addComponentColumn(this::status).setHeader(getTranslation("training.team.status")).setAutoWidth(true);
        assignmentGrid.addColumn(a -> TrainingTimes.format(a.completedAt(), zone))
                .setHeader(getTranslation("training.team.completed")).setAutoWidth(true);
        assignmentGrid.addComponentColumn(this::withdrawButton).setAutoWidth(true);
    }

    private Span status(Assignment a) {
        var status = new Span(getTranslation(a.status().messageKey()));
        status.getElement().getThemeList().add(a.status() == AssignmentStatus.OVERDUE ? "badge error"
                : a.status() == AssignmentStatus.DONE ? "badge success" : "badge");
        return new Span(status, AssignmentBadges.attemptedNotPassed(a));
    }

    /** The member's page, reached by its route so that training does not depend on the member feature. */
    static Anchor memberLink(long staffId, String name) {
        var link = new Anchor("member/" + staffId, name);
        link.addClassName("member-link");
        return link;
    }

    private Span withdrawButton(Assignment a) {
        var cell = new Span();
        if (!a.status().done() && access.canCoachStaff(a.staffId())) {
            var withdraw = new Button(getTranslation("training.team.withdraw"), e -> withdraw(a));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cell.add(withdraw);
        }
        return cell;
    }

    private void withdraw(Assignment a) {
        try {
            assignments.withdraw(a.id());
            refresh();
        } catch (TouchpointException e) {
            Notifications.refused(e);
        }
    }

    private void openAssignDialog() {
        if (team.isEmpty()) {
            return;
        }
        long teamId = team.getValue().id();
        List<StaffRef> members = directory.teamRefs(teamId).stream().filter(StaffRef::active).toList();
        LocalDate today = operatorTime.today();
        var gaps = new ItemGaps(indicators.items(), indicators.forTeam(teamId, Period.of(YearMonth.from(today))));
        new AssignDialog(assignments, catalog.modules(), members, today, gaps, this::refresh).open();
    }

    private void refresh() {
        if (team.isEmpty()) {
            return;
        }
        long teamId = team.getValue().id();
        assign.setVisible(access.canCoachTeam(teamId));
        assignmentGrid.setItems(assignments.ofTeam(teamId));
        Map<Long, String> names = directory.teamRefs(teamId).stream()
                .collect(Collectors.toMap(StaffRef::id, StaffRef::name));
        if (attemptGrid != null) {
            remove(attemptGrid);
        }
        attemptGrid = new AttemptGrid("team-attempt-grid", zone, names);
        attemptGrid.show(attempts.ofTeam(teamId, clock.instant().minus(RECENT)));
        add(attemptGrid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team-training") + " | " + getTranslation("app.name");
    }
}
