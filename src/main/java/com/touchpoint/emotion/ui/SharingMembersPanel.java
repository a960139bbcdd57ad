package com.touchpoint.emotion.ui;

import com.touchpoint.emotion.MoodOverview;
import com.touchpoint.emotion.PersonalMood;
import com.touchpoint.emotion.SharingMember;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/**
 * For a team's supervisor: the members who share their check-ins, each with their trend, contagion figure and
 * strain signals (and "consider a check-in conversation"). Nothing at all about the others, not even a count.
 */
class SharingMembersPanel extends Div {

    SharingMembersPanel(PersonalMood personal, long teamId) {
        setId("climate-sharing");
        setWidthFull();
        add(new H3(getTranslation("emotion.team.sharing")), new Paragraph(getTranslation("emotion.team.sharing.hint")));
        List<SharingMember> members = personal.sharingMembers(teamId);
        if (members.isEmpty()) {
            add(new Paragraph(getTranslation("emotion.team.sharing.none")));
        }
        for (SharingMember member : members) {
            MoodOverview overview = personal.overview(member.staffId());
            var conversation = new Paragraph(getTranslation("emotion.team.member.conversation"));
            conversation.addClassName("check-in-conversation");
            var details = new Details(new Span(member.name()), new MoodFiguresPanel(overview, conversation));
            details.setId("sharing-" + member.staffId());
            details.addClassName("sharing-member");
            add(details);
        }
    }
}
