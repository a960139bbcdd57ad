package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionState;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coaching (辅导面谈): a supervisor's team sessions with scheduling; a staff member's own sessions as cards that fit a
 * phone.
 */
@Route(value = "coaching", layout = MainLayout.class)
@Menu(title = "nav.coaching", order = 12, icon = "vaadin:comments-o")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR})
class CoachingView extends VerticalLayout implements HasDynamicTitle {

    private final CoachingSessions sessions;
    private final StaffDirectory directory;
    private final List<ItemDefinition> itemList;
    private final Map<String, ItemDefinition> items;
    private final Clock clock;
    private final OperatorTime time;

    CoachingView(CoachingSessions sessions, StaffDirectory directory, OrgStructure org, AccessPolicy access,
                 IndicatorService indicators, Clock clock, OperatorTime time) {
        this.sessions = sessions;
        this.directory = directory;
        this.itemList = indicators.items();
        this.items = itemList.stream().collect(Collectors.toMap(ItemDefinition::code, Function.identity()));
        this.clock = clock;
        this.time = time;
        addClassName("coaching-view");
        List<OrgUnitDetails> teams = org.teamsVisibleToCurrentUser().stream().filter(t -> access.canCoachTeam(t.id()))
                .toList();
        if (teams.isEmpty()) {
            showOwn();
        } else {
            showTeams(teams);
        }
    }

    private void showOwn() {
        add(new H3(getTranslation("coaching.mine.title")));
        List<SessionSummary> mine = sessions.mine();
        var cards = new Div();
        cards.setId("my-sessions");
        cards.setWidthFull();
        if (mine.isEmpty()) {
            cards.add(new Paragraph(getTranslation("coaching.mine.none")));
        }
        mine.forEach(s -> cards.add(card(s)));
        add(cards);
    }

    private Component card(SessionSummary s) {
        var link = new RouterLink(CoachingFormat.dateTime(s.scheduledAt()) + " · " + getTranslation(s.type().messageKey()),
                CoachingSessionView.class, s.id());
        link.addClassName("session-link");
        var line = new HorizontalLayout(link, state(s.state()));
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        var card = new Div(line, new Span(getTranslation("coaching.focus-items") + getTranslation("coaching.colon")
                + CoachingFormat.items(this, items, s.focusItems())));
        card.addClassName("session-card");
        card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
        return card;
    }

    private Span state(SessionState state) {
        return CoachingFormat.badge(this, state, state == SessionState.HELD ? "contrast"
                : state == SessionState.ACKNOWLEDGED ? "success" : null);
    }

    private void showTeams(List<OrgUnitDetails> teams) {
        var team = new ComboBox<OrgUnitDetails>(getTranslation("staff.team"));
        team.setId("coaching-team-select");
        team.setItems(teams);
        team.setItemLabelGenerator(OrgUnitDetails::name);
        var schedule = new Button(getTranslation("coaching.schedule.title"));
        schedule.setId("schedule-session");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(team, schedule, new RouterLink(getTranslation("nav.coaching-candidates"),
                CoachingCandidatesView.class), new RouterLink(getTranslation("nav.coaching-overview"),
                CoachingOverviewView.class));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        var grid = new Grid<SessionSummary>();
        grid.setId("team-sessions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> CoachingFormat.dateTime(s.scheduledAt())).setHeader(getTranslation("coaching.scheduled-at"))
                .setAutoWidth(true);
        grid.addColumn(SessionSummary::staffName).setHeader(getTranslation("coaching.staff")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.type().messageKey())).setHeader(getTranslation("coaching.type"))
                .setAutoWidth(true);
        grid.addColumn(s -> CoachingFormat.items(this, items, s.focusItems()))
                .setHeader(getTranslation("coaching.focus-items")).setFlexGrow(1);
        grid.addComponentColumn(s -> state(s.state())).setHeader(getTranslation("coaching.state")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CoachingSessionView.class, e.getItem().id())));
        team.addValueChangeListener(e -> grid.setItems(e.getValue() == null ? List.of() : sessions.ofTeam(e.getValue().id())));
        schedule.addClickListener(e -> {
            if (!team.isEmpty()) {
                List<StaffRef> members = directory.teamRefs(team.getValue().id()).stream().filter(StaffRef::active)
                        .toList();
                new ScheduleDialog(sessions, members, itemList, null,
                        LocalDateTime.now(clock.withZone(time.zone())).withSecond(0).withNano(0)).open();
            }
        });
        add(bar, grid);
        team.setValue(teams.get(0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coaching") + " | " + getTranslation("app.name");
    }
}
