package com.touchpoint.emotion.ui;

import com.touchpoint.emotion.CheckIns;
import com.touchpoint.emotion.Moment;
import com.touchpoint.layout.HomeCard;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.springframework.core.annotation.Order;

import java.util.Optional;

/**
 * Offers today's next check-in (start of shift, then end of shift) on the start page, where staff land after
 * signing in, until it is done; once saved, a link to "My mood".
 */
@org.springframework.stereotype.Component
@Order(10)
class CheckInHomeCard implements HomeCard {

    private final CheckIns checkIns;
    private final CurrentUser user;

    CheckInHomeCard(CheckIns checkIns, CurrentUser user) {
        this.checkIns = checkIns;
        this.user = user;
    }

    @Override
    public Optional<Component> create() {
        if (!user.hasRole(Role.STAFF) || user.staffId().isEmpty()) {
            return Optional.empty();
        }
        var holder = new Div();
        holder.setId("home-check-in");
        holder.setWidthFull();
        holder.getStyle().set("max-width", "32rem");
        Optional<Moment> pending = checkIns.pending();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        holder.add(new CheckInCard(checkIns, pending.get(), saved -> {
            holder.removeAll();
            var link = new RouterLink(holder.getTranslation("emotion.check-in.my-mood-link"), MyMoodView.class);
            link.setId("my-mood-link");
            holder.add(new Paragraph(holder.getTranslation("emotion.check-in.saved",
                    holder.getTranslation(saved.point().moment().messageKey()))), link);
        }));
        return Optional.of(holder);
    }
}
