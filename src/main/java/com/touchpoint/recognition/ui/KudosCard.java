package com.touchpoint.recognition.ui;

import com.touchpoint.layout.Formats;
import com.touchpoint.recognition.FeedItem;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.recognition.ValueTag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.ZoneId;
import java.util.Map;

/** A kudos or a customer praise as a card of the feed and of the recognition pages. */
class KudosCard extends Div {

    KudosCard(KudosView kudos, Map<String, ValueTag> tags, ZoneId zone) {
        addClassName("kudos-card");
        getElement().setAttribute("data-kudos", String.valueOf(kudos.id()));
        var head = new Paragraph(getTranslation("recognition.card.kudos", kudos.giverName(), kudos.receiverName(),
                kudos.points()));
        head.addClassName("kudos-head");
        ValueTag tag = tags.get(kudos.valueCode());
        var value = new Span(tag == null ? kudos.valueCode() : tag.name(getLocale()));
        value.getElement().getThemeList().add("badge");
        var message = new Paragraph(kudos.message());
        message.addClassName("kudos-message");
        var when = new Span(Formats.dateTime(kudos.givenAt(), zone) + " · " + kudos.receiverTeam());
        when.addClassName("kudos-time");
        add(head, value, message, when);
        if (kudos.hidden()) {
            addClassName("hidden-kudos");
            var hidden = new Paragraph(getTranslation("recognition.card.hidden", kudos.hiddenBy(), kudos.hiddenReason()));
            hidden.addClassName("kudos-hidden-reason");
            add(hidden);
        }
    }

    KudosCard(FeedItem praise, ZoneId zone) {
        addClassName("kudos-card");
        addClassName("praise-card");
        var head = new Paragraph(getTranslation("recognition.card.praise", praise.staffName()));
        head.addClassName("kudos-head");
        var badge = new Span(getTranslation("recognition.praise"));
        badge.getElement().getThemeList().add("badge success");
        var comment = new Paragraph(praise.praise().comment() == null ? "" : praise.praise().comment());
        comment.addClassName("kudos-message");
        var when = new Span(Formats.date(praise.praise().callbackDate()) + " · " + praise.teamName());
        when.addClassName("kudos-time");
        add(head, badge, comment, when);
    }

    static KudosCard of(FeedItem item, Map<String, ValueTag> tags, ZoneId zone) {
        return item.isPraise() ? new KudosCard(item, zone) : new KudosCard(item.kudos(), tags, zone);
    }
}
