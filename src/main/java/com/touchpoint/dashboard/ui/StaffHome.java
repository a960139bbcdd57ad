package com.touchpoint.dashboard.ui;

import com.touchpoint.coaching.ActionView;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.dashboard.StaffHomeFigures;
import com.touchpoint.dashboard.StaffOverview;
import com.touchpoint.incentive.Statement;
import com.touchpoint.layout.Formats;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.training.Assignment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.util.List;

/**
 * The staff home, made for a phone: my index against the target, my weakest item with its training, training due,
 * the latest customer comments, kudos, coaching and this month's incentive estimate. Each card leads to its page.
 * Today's check-in is offered above the homes by the emotion feature, so it is not repeated here.
 */
@SpringComponent
@Scope("prototype")
class StaffHome extends Div {

    StaffHome(StaffHomeFigures figures, CurrentUser user) {
        addClassName("staff-home");
        setWidthFull();
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))")
                .set("gap", "var(--lumo-space-m)");
        StaffOverview o = figures.overview(user.staffId().orElseThrow());
        add(StaffScoreCards.index(this, o), StaffScoreCards.weakest(this, o), training(o), comments(o), kudos(o),
                coaching(o), incentive(o));
    }

    private StaffCard training(StaffOverview o) {
        var card = new StaffCard("staff-home-training", getTranslation("home.staff.training.title"), "training",
                getTranslation("home.staff.training.open"));
        if (o.overdue().isEmpty() && o.dueSoon().isEmpty()) {
            return card.empty(getTranslation("home.staff.training.none", StaffOverview.DUE_SOON_DAYS));
        }
        assignments(card, "staff-home-overdue", getTranslation("home.staff.training.overdue", o.overdue().size()),
                o.overdue());
        assignments(card, "staff-home-due-soon", getTranslation("home.staff.training.due-soon",
                StaffOverview.DUE_SOON_DAYS, o.dueSoon().size()), o.dueSoon());
        return card;
    }

    private void assignments(StaffCard card, String id, String heading, List<Assignment> list) {
        if (list.isEmpty()) {
            return;
        }
        var section = new Div(StaffCard.small(heading, id + "-title"));
        section.setId(id);
        list.forEach(a -> section.add(StaffCard.line(getTranslation("home.staff.training.due",
                a.title().in(getLocale()), Formats.date(a.dueDate())), "staff-home-assignment")));
        card.with(section);
    }

    private StaffCard comments(StaffOverview o) {
        var card = new StaffCard("staff-home-comments", getTranslation("home.staff.comments.title"), "my-scores",
                getTranslation("home.staff.comments.open"));
        if (o.comments().isEmpty()) {
            return card.empty(getTranslation("home.staff.comments.none"));
        }
        for (CallbackSummary c : o.comments()) {
            var comment = new Div(StaffCard.small(Formats.date(c.serviceDate()), "staff-home-comment-date"),
                    StaffCard.line(c.comment(), "staff-home-comment-text"));
            comment.addClassName("staff-home-comment");
            card.with(comment);
        }
        return card;
    }

    private StaffCard kudos(StaffOverview o) {
        var card = new StaffCard("staff-home-kudos", getTranslation("home.staff.kudos.title"), "recognition/received",
                getTranslation("home.staff.kudos.open"));
        if (o.kudos().isEmpty()) {
            card.empty(getTranslation("home.staff.kudos.none"));
        } else {
            var received = StaffCard.line(getTranslation("home.staff.kudos.received", o.kudos().size(), o.kudosPoints()),
                    "staff-home-kudos-received");
            received.setId("staff-home-kudos-received");
            card.with(received);
        }
        var allowance = StaffCard.small(getTranslation("home.staff.kudos.allowance", o.allowance().remaining(),
                o.allowance().granted()), "staff-home-allowance");
        allowance.setId("staff-home-allowance");
        return card.with(allowance, StaffCard.link("recognition", getTranslation("home.staff.kudos.give")));
    }

    private StaffCard coaching(StaffOverview o) {
        String path = o.nextSession().map(s -> "coaching/session/" + s.id()).orElse("coaching");
        var card = new StaffCard("staff-home-coaching", getTranslation("home.staff.coaching.title"), path,
                getTranslation("home.staff.coaching.open"));
        var next = StaffCard.line(o.nextSession().map(s -> getTranslation("home.staff.coaching.next",
                StaffFigures.dateTime(s.scheduledAt()), getTranslation(s.type().messageKey())))
                .orElse(getTranslation("home.staff.coaching.no-next")), "staff-home-next-session");
        next.setId("staff-home-next-session");
        card.with(next);
        for (SessionSummary held : o.awaitingAcknowledgement()) {
            var waiting = StaffCard.link("coaching/session/" + held.id(), getTranslation("home.staff.coaching.awaiting",
                    Formats.date(held.scheduledAt().toLocalDate())));
            waiting.addClassName("staff-home-awaiting");
            card.with(waiting);
        }
        if (o.openActions().isEmpty()) {
            return card.empty(getTranslation("home.staff.coaching.no-actions"));
        }
        var actions = new Div(StaffCard.small(getTranslation("home.staff.coaching.actions", o.openActions().size()),
                "staff-home-actions-title"));
        actions.setId("staff-home-actions");
        for (ActionView a : o.openActions()) {
            actions.add(StaffCard.line(getTranslation("home.staff.coaching.action", a.description(),
                    Formats.date(a.dueDate()), getTranslation(a.status().messageKey())), "staff-home-action"));
        }
        return card.with(actions);
    }

    private StaffCard incentive(StaffOverview o) {
        var card = new StaffCard("staff-home-incentive", getTranslation("home.staff.incentive.title"), "my-incentive",
                getTranslation("home.staff.incentive.open"));
        if (o.estimate().isEmpty()) {
            return card.empty(getTranslation("home.staff.incentive.none"));
        }
        Statement s = o.estimate().get();
        var amount = StaffCard.line(getTranslation("home.staff.incentive.amount", StaffFigures.money(s.finalAmount())),
                "staff-home-estimate");
        amount.setId("staff-home-estimate");
        amount.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        var label = StaffCard.small(getTranslation("home.staff.incentive.label"), "staff-home-estimate-label");
        label.setId("staff-home-estimate-label");
        return card.with(amount, label);
    }
}
