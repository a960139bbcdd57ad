package com.touchpoint.emotion.ui;

import com.touchpoint.layout.Formats;
import com.touchpoint.emotion.Climate;
import com.touchpoint.emotion.Granularity;
import com.touchpoint.emotion.MoodTag;
import com.touchpoint.emotion.PersonalMood;
import com.touchpoint.emotion.TeamClimate;
import com.touchpoint.emotion.TeamClimateRow;
import com.touchpoint.emotion.TeamContagion;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.Period;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/**
 * Team climate (团队氛围) over the last three months by day, week or month, every figure under the k rule; the team
 * contagion; for the team's supervisor the members who share their check-ins; for HR, quality and admin the
 * climate across teams. Nothing individual about anyone who does not share.
 */
@Route(value = "team-climate", layout = MainLayout.class)
@Menu(title = "nav.team-climate", order = 12, icon = "vaadin:cloud-o")
@RolesAllowed({Roles.SUPERVISOR, Roles.HR, Roles.QUALITY, Roles.ADMIN})
class TeamClimateView extends VerticalLayout implements HasDynamicTitle {

    private final TeamClimate climate;
    private final PersonalMood personal;
    private final AccessPolicy access;
    private final Period period;
    private final ComboBox<OrgUnitDetails> team = new ComboBox<>();
    private final RadioButtonGroup<Granularity> by = new RadioButtonGroup<>();
    private final ClimateGrid<Climate> grid;
    private final Div teamDetails = new Div();

    TeamClimateView(TeamClimate climate, PersonalMood personal, OrgStructure org, AccessPolicy access) {
        this.climate = climate;
        this.personal = personal;
        this.access = access;
        this.period = personal.recentPeriod();
        addClassName("team-climate-view");
        grid = new ClimateGrid<>("climate-grid", "emotion.team.column.window", this::windowLabel, c -> c,
                climate.minGroup());
        List<OrgUnitDetails> teams = org.teamsVisibleToCurrentUser();
        if (teams.isEmpty()) {
            add(new Paragraph(getTranslation("emotion.team.no-team")));
            return;
        }
        team.setId("climate-team");
        team.setLabel(getTranslation("emotion.team.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(OrgUnitDetails::name);
        by.setId("climate-by");
        by.setLabel(getTranslation("emotion.team.by"));
        by.setItems(Granularity.values());
        by.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        by.setValue(Granularity.WEEK);
        var bar = new FlexLayout(team, by);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        teamDetails.setWidthFull();
        add(bar, new Paragraph(getTranslation("emotion.team.period", period.from(), period.to())), grid, teamDetails);
        if (access.seesEveryone()) {
            add(acrossTeams());
        }
        team.addValueChangeListener(e -> refresh());
        by.addValueChangeListener(e -> refresh());
        team.setValue(teams.get(0));
    }

    private String windowLabel(Climate c) {
        return switch (by.getValue() == null ? Granularity.WEEK : by.getValue()) {
            case DAY -> Formats.date(c.window().from());
            case WEEK -> getTranslation("emotion.trend.window", Formats.date(c.window().from()), Formats.date(c.window().to()));
            case MONTH -> Formats.month(java.time.YearMonth.from(c.window().from()));
        };
    }

    private void refresh() {
        if (team.isEmpty() || by.isEmpty()) {
            return;
        }
        long teamId = team.getValue().id();
        grid.show(climate.climate(teamId, period, by.getValue()));
        teamDetails.removeAll();
        teamDetails.add(section("emotion.team.tags", "climate-tags", tags(climate.overall(teamId, period))),
                section("emotion.team.contagion", "climate-contagion", contagion(climate.contagion(teamId, period))));
        if (access.canCoachTeam(teamId)) {
            teamDetails.add(new SharingMembersPanel(personal, teamId));
        }
    }

    private Div section(String title, String id, Component body) {
        var section = new Div(new H3(getTranslation(title)), body);
        section.setId(id);
        return section;
    }

    private Component tags(Climate overall) {
        if (overall.suppressed()) {
            return new Paragraph(getTranslation("emotion.team.suppressed", climate.minGroup()));
        }
        if (overall.tagCounts().isEmpty()) {
            return new Paragraph(getTranslation("emotion.tags.none"));
        }
        var list = new Div();
        for (Map.Entry<MoodTag, Long> entry : overall.tagCounts().entrySet()) {
            list.add(new Paragraph(getTranslation("emotion.tags.count", getTranslation(entry.getKey().messageKey()),
                    entry.getValue())));
        }
        return list;
    }

    private Component contagion(TeamContagion figure) {
        if (!figure.enough()) {
            return new Paragraph(getTranslation("emotion.team.contagion.not-enough", figure.days(), climate.minGroup()));
        }
        return new Paragraph(getTranslation("emotion.team.contagion.figure", Figures.of(figure.r()),
                Figures.of(figure.low()), Figures.of(figure.high()), figure.days()));
    }

    private Div acrossTeams() {
        var across = new ClimateGrid<TeamClimateRow>("climate-across", "emotion.team.column.team",
                TeamClimateRow::teamName, TeamClimateRow::climate, climate.minGroup());
        across.show(climate.acrossTeams(period));
        var section = new Div(new H3(getTranslation("emotion.team.across")), across);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team-climate") + " | " + getTranslation("app.name");
    }
}
