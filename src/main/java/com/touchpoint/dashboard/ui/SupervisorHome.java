package com.touchpoint.dashboard.ui;

import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.ui.ScheduleDialog;
import com.touchpoint.dashboard.Cockpit;
import com.touchpoint.dashboard.CockpitRow;
import com.touchpoint.dashboard.TeamCockpit;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingCatalog;
import com.touchpoint.training.ui.AssignDialog;
import com.touchpoint.training.ui.ItemGaps;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The supervisor home, the coaching cockpit (教练看板): the team trend, item heat map, climate, who may need
 * coaching and upcoming sessions above one grid of the team with every signal per member; a supervisor of several
 * teams picks one. Everything comes from {@link TeamCockpit}; the row buttons open the existing schedule and assign
 * dialogs of coaching and training.
 */
@SpringComponent
@Scope("prototype")
class SupervisorHome extends VerticalLayout {

    private final TeamCockpit cockpits;
    private final CoachingSessions sessions;
    private final TrainingAssignments assignments;
    private final TrainingCatalog catalog;
    private final IndicatorService indicators;
    private final StaffDirectory directory;
    private final OperatorTime time;
    private final Clock clock;
    private final ComboBox<OrgUnitDetails> team = new ComboBox<>();
    private final CockpitCards cards = new CockpitCards();
    private final CockpitGrid grid;
    private Cockpit shown;

    SupervisorHome(TeamCockpit cockpits, CoachingSessions sessions, TrainingAssignments assignments,
                   TrainingCatalog catalog, IndicatorService indicators, StaffDirectory directory, OperatorTime time,
                   Clock clock) {
        this.cockpits = cockpits;
        this.sessions = sessions;
        this.assignments = assignments;
        this.catalog = catalog;
        this.indicators = indicators;
        this.directory = directory;
        this.time = time;
        this.clock = clock;
        addClassName("supervisor-home");
        setId("supervisor-home");
        setPadding(false);
        setWidthFull();
        grid = new CockpitGrid(this::schedule, this::assign);
        List<OrgUnitDetails> teams = cockpits.myTeams();
        if (teams.isEmpty()) {
            var none = new Paragraph(getTranslation("home.supervisor.no-team"));
            none.setId("cockpit-no-team");
            add(none);
            return;
        }
        team.setId("cockpit-team");
        team.setLabel(getTranslation("home.supervisor.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(OrgUnitDetails::name);
        team.setVisible(teams.size() > 1);
        team.addValueChangeListener(e -> refresh());
        var heading = new H3(getTranslation("home.supervisor.grid.heading"));
        add(team, cards, heading, grid);
        team.setValue(teams.get(0));
    }

    private void refresh() {
        if (team.getValue() == null) {
            return;
        }
        shown = cockpits.of(team.getValue().id());
        cards.show(shown);
        grid.show(shown, getLocale());
    }

    private List<StaffRef> members() {
        return directory.teamRefs(shown.teamId()).stream().filter(StaffRef::active).toList();
    }

    private StaffRef member(CockpitRow row, List<StaffRef> members) {
        return members.stream().filter(m -> m.id() == row.staffId()).findFirst().orElseThrow();
    }

    private void schedule(CockpitRow row) {
        List<StaffRef> members = members();
        new ScheduleDialog(sessions, members, shown.items(), member(row, members),
                LocalDateTime.now(clock.withZone(time.zone())).withSecond(0).withNano(0)).open();
    }

    /** The assign dialog of the member page, opened on the member's weakest item with their gaps this month. */
    private void assign(CockpitRow row) {
        List<StaffRef> members = members();
        var gaps = new ItemGaps(shown.items(), indicators.forTeam(shown.teamId(), Period.of(shown.month())));
        new AssignDialog(assignments, catalog.modules(), members, time.today(), gaps, this::refresh)
                .forItem(member(row, members), row.weakestItem() == null ? "" : row.weakestItem()).open();
    }

    Cockpit shown() {
        return shown;
    }

    CockpitCards cards() {
        return cards;
    }

    CockpitGrid grid() {
        return grid;
    }
}
