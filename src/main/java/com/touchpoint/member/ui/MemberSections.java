package com.touchpoint.member.ui;

import com.touchpoint.layout.MonthSelect;
import com.touchpoint.member.MemberProfile;
import com.touchpoint.member.WeakItem;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.AttemptSummary;
import com.touchpoint.training.ui.AssignmentBadges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.Consumer;

/** The sections of the member page, built from one {@link MemberProfile}. */
final class MemberSections {


    private final Component view;
    private final MemberProfile profile;
    private final ZoneId zone;
    private final java.util.Locale locale;

    MemberSections(Component view, java.util.Locale locale, MemberProfile profile, ZoneId zone) {
        this.view = view;
        this.locale = locale;
        this.profile = profile;
        this.zone = zone;
    }

    Div scores() {
        StaffIndicators s = profile.scores();
        boolean insufficient = s.insufficientSample(profile.minSample());
        var cards = new Div(card("scores.adjusted-index", number(s.adjustedIndex())),
                card("scores.satisfaction-rate", s.satisfactionRate() == null ? t("common.empty")
                        : number(s.satisfactionRate()) + "%"),
                card("scores.target", number(s.target())),
                card("member.callbacks", String.valueOf(s.callbacks())));
        cards.addClassName("member-cards");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        var section = section("member-scores", "member.scores", cards);
        if (insufficient) {
            section.add(new Paragraph(t("scores.insufficient", profile.minSample())));
        }
        var all = new Anchor("scores/" + profile.person().id(), t("member.all-scores"));
        all.setId("member-all-scores");
        section.add(all);
        return section;
    }

    Div weakItems(Consumer<String> assign) {
        var help = new Paragraph(t("member.weak.help"));
        help.setId("member-weak-help");
        var section = section("member-weak-items", "scores.weak-items", help);
        if (profile.weakItems().isEmpty()) {
            section.add(new Paragraph(t("scores.weak-items.none")));
        }
        for (WeakItem weak : profile.weakItems()) {
            var line = new Span(t("member.weak.line", weak.item().name(locale), number(weak.mean()),
                    number(weak.target()), number(weak.gap()), number(weak.weightedGap())));
            line.addClassName("weak-item-text");
            var row = new Div(line);
            row.addClassName("member-weak-item");
            row.getElement().setAttribute("data-item", weak.item().code());
            if (profile.canAssign()) {
                var button = new Button(t("training.assign.for-item"), e -> assign.accept(weak.item().code()));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                button.addClassName("assign-for-item");
                row.add(button);
            }
            section.add(row);
        }
        return section;
    }

    Div training() {
        var assignmentGrid = new Grid<Assignment>();
        assignmentGrid.setId("member-assignments");
        assignmentGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        assignmentGrid.setAllRowsVisible(true);
        assignmentGrid.addColumn(a -> a.title().in(locale)).setHeader(t("training.history.module")).setFlexGrow(1);
        assignmentGrid.addColumn(a -> com.touchpoint.layout.Formats.date(a.dueDate())).setHeader(t("training.assign.due")).setAutoWidth(true);
        assignmentGrid.addComponentColumn(this::status).setHeader(t("training.team.status")).setAutoWidth(true);
        assignmentGrid.setItems(profile.assignments());
        var attemptGrid = new Grid<AttemptSummary>();
        attemptGrid.setId("member-attempts");
        attemptGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        attemptGrid.setAllRowsVisible(true);
        attemptGrid.addColumn(a -> com.touchpoint.layout.Formats.dateTime(a.startedAt(), zone))
                .setHeader(t("training.history.when")).setAutoWidth(true);
        attemptGrid.addColumn(a -> a.title().in(locale)).setHeader(t("training.history.module")).setFlexGrow(1);
        attemptGrid.addColumn(a -> a.total() == null ? t("training.history.unfinished") : a.total().toPlainString()
                + " · " + t(Boolean.TRUE.equals(a.passed()) ? "training.debrief.passed" : "training.debrief.failed"))
                .setHeader(t("training.history.score")).setAutoWidth(true);
        attemptGrid.addItemClickListener(e -> {
            if (e.getItem().completed()) {
                view.getUI().ifPresent(ui -> ui.navigate("training/attempt/" + e.getItem().id()));
            }
        });
        attemptGrid.setItems(profile.attempts());
        return section("member-training", "member.training", new H3(t("training.team.assignments")),
                empty(profile.assignments().isEmpty(), "member.no-assignments", assignmentGrid),
                new H3(t("member.attempts")), empty(profile.attempts().isEmpty(), "member.no-attempts", attemptGrid));
    }

    private Span status(Assignment a) {
        var status = new Span(t(a.status().messageKey()));
        status.getElement().getThemeList().add(a.status() == AssignmentStatus.OVERDUE ? "badge error"
                : a.status().done() ? "badge success" : "badge");
        return new Span(status, AssignmentBadges.attemptedNotPassed(a));
    }

    Div kudos(YearMonth month) {
        var section = section("member-kudos", null);
        section.add(new H3(t("member.kudos", MonthSelect.label(month))));
        if (profile.kudos().isEmpty()) {
            section.add(new Paragraph(t("member.no-kudos")));
        }
        for (KudosView k : profile.kudos()) {
            var who = new Span(t("member.kudos.from", k.giverName(), k.points()));
            who.getStyle().set("font-weight", "600");
            var message = new Paragraph(k.message());
            message.getStyle().set("overflow-wrap", "anywhere").set("margin", "0");
            var card = new Div(who, message);
            card.addClassName("member-kudos-card");
            section.add(card);
        }
        return section;
    }

    private Component empty(boolean isEmpty, String key, Component content) {
        return isEmpty ? new Paragraph(t(key)) : content;
    }

    private Div card(String titleKey, String value) {
        var title = new Span(t(titleKey));
        title.addClassName("score-card-title");
        var big = new Span(value);
        big.addClassName("score-card-value");
        var card = new Div(title, big);
        card.addClassName("score-card");
        return card;
    }

    private Div section(String id, String titleKey, Component... content) {
        var section = new Div();
        section.setId(id);
        section.addClassName("member-section");
        if (titleKey != null) {
            section.add(new H3(t(titleKey)));
        }
        section.add(content);
        return section;
    }

    private String number(Double value) {
        return value == null ? t("common.empty") : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String t(String key, Object... args) {
        return view.getTranslation(key, args);
    }
}
