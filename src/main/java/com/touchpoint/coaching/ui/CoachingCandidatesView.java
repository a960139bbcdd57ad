package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.CoachingCandidate;
import com.touchpoint.coaching.CoachingCandidates;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.ScorePart;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Who may need coaching (谁需要辅导): the team ranked by a score whose parts and rule are on the screen. */
@Route(value = "coaching/candidates", layout = MainLayout.class)
@Menu(title = "nav.coaching-candidates", order = 13, icon = "vaadin:user-heart")
@RolesAllowed(Roles.SUPERVISOR)
class CoachingCandidatesView extends VerticalLayout implements HasDynamicTitle {

    private final CoachingCandidates candidates;
    private final CoachingSessions sessions;
    private final StaffDirectory directory;
    private final IndicatorService indicators;
    private final Clock clock;
    private final OperatorTime time;
    private final ComboBox<OrgUnitDetails> team = new ComboBox<>();
    private final Grid<CoachingCandidate> grid = new Grid<>();

    CoachingCandidatesView(CoachingCandidates candidates, CoachingSessions sessions, StaffDirectory directory,
                           IndicatorService indicators, OrgStructure org, AccessPolicy access, Clock clock,
                           OperatorTime time) {
        this.candidates = candidates;
        this.sessions = sessions;
        this.directory = directory;
        this.indicators = indicators;
        this.clock = clock;
        this.time = time;
        addClassName("coaching-candidates-view");
        List<OrgUnitDetails> teams = org.teamsVisibleToCurrentUser().stream().filter(t -> access.canCoachTeam(t.id()))
                .toList();
        team.setId("candidates-team-select");
        team.setLabel(getTranslation("staff.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(OrgUnitDetails::name);
        var rule = new Paragraph(getTranslation(candidates.strainAvailable() ? "coaching.candidates.rule-with-strain"
                : "coaching.candidates.rule"));
        rule.setId("coaching-rule");
        configureGrid();
        add(team, rule, grid);
        team.addValueChangeListener(e -> grid.setItems(e.getValue() == null ? List.of() : candidates.forTeam(e.getValue().id())));
        if (!teams.isEmpty()) {
            team.setValue(teams.get(0));
        }
    }

    private void configureGrid() {
        grid.setId("candidates-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.name() + " (" + c.employeeNo() + ")").setHeader(getTranslation("coaching.staff"))
                .setAutoWidth(true);
        grid.addColumn(c -> CoachingFormat.number(this, c.score())).setHeader(getTranslation("coaching.candidates.score"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::parts).setHeader(getTranslation("coaching.candidates.parts")).setFlexGrow(1);
        grid.addComponentColumn(this::startButton).setKey("start").setAutoWidth(true);
    }

    private Div parts(CoachingCandidate c) {
        var parts = new Div();
        parts.addClassName("score-parts");
        for (ScorePart p : c.parts()) {
            parts.add(new Div(new Span(getTranslation(p.kind().messageKey(), CoachingFormat.number(this, p.value()),
                    CoachingFormat.number(this, p.points())))));
        }
        return parts;
    }

    private Button startButton(CoachingCandidate c) {
        var start = new Button(getTranslation("coaching.candidates.start"), e -> start(c));
        start.addClassName("start-session");
        start.getElement().setAttribute("data-employee-no", c.employeeNo());
        start.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return start;
    }

    private void start(CoachingCandidate c) {
        List<StaffRef> members = directory.teamRefs(team.getValue().id()).stream().filter(StaffRef::active).toList();
        StaffRef chosen = members.stream().filter(m -> m.id() == c.staffId()).findFirst().orElse(null);
        new ScheduleDialog(sessions, members, indicators.items(), chosen,
                LocalDateTime.now(clock.withZone(time.zone())).withSecond(0).withNano(0)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coaching-candidates") + " | " + getTranslation("app.name");
    }
}
