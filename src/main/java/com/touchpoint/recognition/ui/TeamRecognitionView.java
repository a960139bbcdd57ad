package com.touchpoint.recognition.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.recognition.ConcentrationFlag;
import com.touchpoint.recognition.ConcentrationFlags;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.recognition.RecognitionValues;
import com.touchpoint.recognition.ValueTag;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Team recognition (团队认可) for supervisors: concentration flags, and the team's kudos with hiding. */
@Route(value = "team-recognition", layout = MainLayout.class)
@Menu(title = "nav.team-recognition", order = 11, icon = "vaadin:heart-o")
@RolesAllowed({Roles.SUPERVISOR, Roles.HR, Roles.ADMIN})
class TeamRecognitionView extends VerticalLayout implements HasDynamicTitle {

    private final KudosGiving giving;
    private final RecognitionFeeds feeds;
    private final ConcentrationFlags flags;
    private final AccessPolicy access;
    private final Map<String, ValueTag> tags;
    private final ZoneId zone;
    private final ComboBox<OrgUnitDetails> team = new ComboBox<>();
    private final MonthSelect month;
    private final Grid<ConcentrationFlag> flagGrid = new Grid<>();
    private final Grid<KudosView> kudosGrid = new Grid<>();

    TeamRecognitionView(KudosGiving giving, RecognitionFeeds feeds, ConcentrationFlags flags, RecognitionValues values,
                        OrgStructure org, AccessPolicy access, OperatorTime operatorTime) {
        this.giving = giving;
        this.feeds = feeds;
        this.flags = flags;
        this.access = access;
        this.zone = operatorTime.zone();
        this.tags = values.all().stream().collect(Collectors.toMap(ValueTag::code, Function.identity()));
        addClassName("team-recognition-view");
        List<OrgUnitDetails> teams = org.teamsVisibleToCurrentUser();
        team.setId("recognition-team");
        team.setLabel(getTranslation("staff.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(OrgUnitDetails::name);
        month = new MonthSelect("recognition-month", operatorTime, 0);
        var bar = new FlexLayout(team, month);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        configureFlags();
        configureKudos();
        add(bar, new H3(getTranslation("recognition.flags.title")), flagGrid,
                new H3(getTranslation("recognition.team.kudos")), kudosGrid);
        team.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        if (!teams.isEmpty()) {
            team.setValue(teams.get(0));
        }
    }

    private void configureFlags() {
        flagGrid.setId("flag-grid");
        ComponentTexts.emptyState(flagGrid, "recognition.flags.empty");
        flagGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        flagGrid.setAllRowsVisible(true);
        flagGrid.addColumn(f -> getTranslation(f.kind().messageKey())).setHeader(getTranslation("recognition.flags.kind"))
                .setAutoWidth(true);
        flagGrid.addColumn(f -> getTranslation(f.kind() == ConcentrationFlag.Kind.CONCENTRATED_GIVER
                        ? "recognition.flags.giver-text" : "recognition.flags.pair-text",
                f.firstName(), f.secondName(), f.months().stream().map(Formats::month).collect(Collectors.joining(" / ")),
                f.shares().stream().map(s -> s + "%").collect(Collectors.joining(" / "))))
                .setHeader(getTranslation("recognition.flags.detail")).setFlexGrow(1);
    }

    private void configureKudos() {
        kudosGrid.setId("team-kudos");
        ComponentTexts.emptyState(kudosGrid, "recognition.team.kudos.empty");
        kudosGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        kudosGrid.setAllRowsVisible(true);
        kudosGrid.addColumn(k -> Formats.dateTime(k.givenAt(), zone)).setHeader(getTranslation("recognition.team.when"))
                .setAutoWidth(true);
        kudosGrid.addColumn(KudosView::giverName).setHeader(getTranslation("recognition.received.giver")).setAutoWidth(true);
        kudosGrid.addColumn(KudosView::receiverName).setHeader(getTranslation("recognition.give.receiver")).setAutoWidth(true);
        kudosGrid.addColumn(k -> tags.containsKey(k.valueCode()) ? tags.get(k.valueCode()).name(getLocale()) : k.valueCode())
                .setHeader(getTranslation("recognition.give.value")).setAutoWidth(true);
        kudosGrid.addColumn(KudosView::points).setHeader(getTranslation("recognition.give.points")).setAutoWidth(true);
        kudosGrid.addColumn(KudosView::message).setHeader(getTranslation("recognition.give.message")).setFlexGrow(1);
        kudosGrid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
        // the receiver's member page, reached by its route so that recognition does not depend on that feature
        kudosGrid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("member/" + e.getItem().receiverId())));
    }

    private Span action(KudosView k) {
        var cell = new Span();
        if (k.hidden()) {
            cell.setText(getTranslation("recognition.team.hidden", k.hiddenReason()));
        } else if (access.canCoachStaff(k.giverId()) || access.canCoachStaff(k.receiverId())) {
            var hide = new Button(getTranslation("recognition.hide.title"),
                    e -> new HideKudosDialog(giving, k, this::refresh).open());
            hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            hide.addClassName("hide-kudos");
            cell.add(hide);
        }
        return cell;
    }

    private void refresh() {
        if (team.isEmpty() || month.isEmpty()) {
            return;
        }
        flagGrid.setItems(flags.ofTeam(team.getValue().id(), month.getValue()));
        kudosGrid.setItems(feeds.ofTeam(team.getValue().id(), month.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team-recognition") + " | " + getTranslation("app.name");
    }
}
