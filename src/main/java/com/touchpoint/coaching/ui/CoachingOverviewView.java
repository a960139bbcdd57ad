package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.CoachingOverview;
import com.touchpoint.coaching.CoachingOverviewReport;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/** Coaching overview (辅导概览): counts only, per month, per member and for the team. */
@Route(value = "coaching/overview", layout = MainLayout.class)
@Menu(title = "nav.coaching-overview", order = 14, icon = "vaadin:chart-grid")
@RolesAllowed({Roles.SUPERVISOR, Roles.HR, Roles.QUALITY, Roles.ADMIN})
class CoachingOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final CoachingOverview overview;
    private final Grid<CoachingOverviewReport.MonthCount> months = new Grid<>();
    private final Grid<CoachingOverviewReport.Figures> members = new Grid<>();

    CoachingOverviewView(CoachingOverview overview, OrgStructure org) {
        this.overview = overview;
        addClassName("coaching-overview-view");
        var team = new ComboBox<OrgUnitDetails>(getTranslation("staff.team"));
        team.setId("overview-team-select");
        List<OrgUnitDetails> teams = org.teamsVisibleToCurrentUser();
        team.setItems(teams);
        team.setItemLabelGenerator(OrgUnitDetails::name);
        months.setId("overview-months");
        months.addThemeVariants(GridVariant.LUMO_COMPACT);
        months.setAllRowsVisible(true);
        months.addColumn(m -> MonthSelect.label(m.month())).setHeader(getTranslation("scores.month"));
        months.addColumn(CoachingOverviewReport.MonthCount::held).setHeader(getTranslation("coaching.overview.held"));
        configureMembers();
        add(team, new H3(getTranslation("coaching.overview.per-month")), months,
                new H3(getTranslation("coaching.overview.per-member")), members);
        team.addValueChangeListener(e -> show(e.getValue()));
        if (!teams.isEmpty()) {
            team.setValue(teams.get(0));
        }
    }

    private void configureMembers() {
        members.setId("overview-members");
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.setAllRowsVisible(true);
        members.addColumn(f -> f.name() == null ? getTranslation("coaching.overview.team") : f.name())
                .setHeader(getTranslation("coaching.staff")).setAutoWidth(true);
        members.addColumn(CoachingOverviewReport.Figures::sessionsHeld).setHeader(getTranslation("coaching.overview.held"));
        members.addColumn(CoachingOverviewReport.Figures::waiting).setHeader(getTranslation("coaching.overview.waiting"));
        members.addColumn(CoachingOverviewReport.Figures::onTime).setHeader(getTranslation("coaching.overview.on-time"));
        members.addColumn(CoachingOverviewReport.Figures::late).setHeader(getTranslation("coaching.overview.late"));
        members.addColumn(CoachingOverviewReport.Figures::open).setHeader(getTranslation("coaching.overview.open"));
        members.addColumn(CoachingOverviewReport.Figures::overdue).setHeader(getTranslation("coaching.overview.overdue"));
        members.addColumn(f -> getTranslation("coaching.overview.improved-value", f.focusImproved(), f.focusMeasured(),
                        f.improvedShare() == null ? getTranslation("common.empty")
                                : CoachingFormat.number(this, f.improvedShare()) + "%"))
                .setHeader(getTranslation("coaching.overview.improved")).setAutoWidth(true);
    }

    private void show(OrgUnitDetails team) {
        if (team == null) {
            return;
        }
        CoachingOverviewReport report = overview.forTeam(team.id());
        months.setItems(report.months());
        List<CoachingOverviewReport.Figures> rows = new ArrayList<>(report.members());
        rows.add(report.team());
        members.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coaching-overview") + " | " + getTranslation("app.name");
    }
}
