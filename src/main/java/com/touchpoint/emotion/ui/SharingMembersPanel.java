package com.touchpoint.emotion.ui;

import com.touchpoint.emotion.MoodOverview;
import com.touchpoint.emotion.MoodPoint;
import com.touchpoint.emotion.PersonalMood;
import com.touchpoint.emotion.SharingMember;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * For a team's supervisor: the members who share their check-ins, each with their latest check-ins (no notes), trend,
 * contagion figure and strain signals (and "consider a check-in conversation"). Nothing at all about the others, not even a count.
 */
class SharingMembersPanel extends Div {

    private static final int LATEST = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

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
            var details = new Details(new Span(member.name()), latest(overview),
                    new MoodFiguresPanel(overview, conversation));
            details.setId("sharing-" + member.staffId());
            details.addClassName("sharing-member");
            add(details);
        }
    }

    /** Their latest check-ins, newest first: the figures only, never a note (a MoodPoint has none). */
    private Paragraph latest(MoodOverview overview) {
        List<MoodPoint> points = overview.checkIns();
        String text = points.stream().sorted(Comparator.comparing(MoodPoint::workDate)
                        .thenComparing(MoodPoint::moment).reversed()).limit(LATEST)
                .map(p -> p.workDate().format(DAY) + " " + getTranslation(p.moment().messageKey()) + " "
                        + CheckInCard.FACES[p.mood() - 1] + p.mood() + " / " + p.stress())
                .collect(Collectors.joining("；"));
        var latest = new Paragraph(getTranslation("emotion.team.member.latest", text.isEmpty() ? "—" : text));
        latest.addClassName("sharing-latest");
        return latest;
    }
}
