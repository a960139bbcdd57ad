package com.touchpoint.emotion.ui;

import com.touchpoint.emotion.CheckIns;
import com.touchpoint.emotion.EmotionProperties;
import com.touchpoint.emotion.Moment;
import com.touchpoint.emotion.MoodConsent;
import com.touchpoint.emotion.OwnCheckIn;
import com.touchpoint.emotion.PersonalMood;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.Roles;
import com.touchpoint.training.TrainingCatalog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My mood" (我的情绪), phone first: today's check-ins, the consent to share with my supervisor with exactly what it
 * shares, my trend, tags, contagion figure and strain signals with suggestions, and my check-ins with my notes.
 */
@Route(value = "my-mood", layout = MainLayout.class)
@Menu(title = "nav.my-mood", order = 4, icon = "vaadin:smiley-o")
@RolesAllowed(Roles.STAFF)
class MyMoodView extends VerticalLayout implements HasDynamicTitle {

    private final CheckIns checkIns;
    private final PersonalMood personal;
    private final TrainingCatalog catalog;
    private final EmotionProperties properties;
    private final Div checkInArea = new Div();
    private final Div figures = new Div();
    private final CheckInTimeline timeline = new CheckInTimeline();

    MyMoodView(CheckIns checkIns, MoodConsent consent, PersonalMood personal, TrainingCatalog catalog,
               EmotionProperties properties) {
        this.checkIns = checkIns;
        this.personal = personal;
        this.catalog = catalog;
        this.properties = properties;
        addClassName("my-mood-view");
        setMaxWidth("48rem");
        if (!checkIns.hasStaffRecord()) {
            add(new Paragraph(getTranslation("emotion.my.no-staff")));
            return;
        }
        checkInArea.setWidthFull();
        figures.setWidthFull();
        add(momentTabs(), checkInArea, consent(consent), figures, new H3(getTranslation("emotion.my.timeline")),
                timeline);
        refresh();
    }

    private Tabs momentTabs() {
        var tabs = new Tabs();
        tabs.setId("check-in-moment");
        for (Moment moment : Moment.values()) {
            var tab = new Tab(getTranslation(moment.messageKey()));
            tab.setId("moment-" + moment.name().toLowerCase(java.util.Locale.ROOT));
            tabs.add(tab);
        }
        Moment first = checkIns.pending().orElse(Moment.SHIFT_END);
        tabs.setSelectedIndex(first.ordinal());
        showCheckIn(first);
        tabs.addSelectedChangeListener(e -> showCheckIn(Moment.values()[tabs.getSelectedIndex()]));
        return tabs;
    }

    private void showCheckIn(Moment moment) {
        checkInArea.removeAll();
        checkInArea.add(new CheckInCard(checkIns, moment, (OwnCheckIn saved) -> refresh()));
    }

    private Div consent(MoodConsent consent) {
        var toggle = new Checkbox(getTranslation("emotion.consent.label"), consent.mine());
        toggle.setId("mood-consent");
        toggle.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                boolean shared = consent.setMine(e.getValue());
                Notification.show(getTranslation(shared ? "emotion.consent.on" : "emotion.consent.off"));
            }
        });
        var box = new Div(toggle, new Paragraph(getTranslation("emotion.consent.sees")),
                new Paragraph(getTranslation("emotion.consent.not-sees", properties.minGroup())));
        box.setId("mood-consent-box");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)");
        return box;
    }

    private void refresh() {
        figures.removeAll();
        var overview = personal.overview(checkIns.myStaffId());
        figures.add(new MoodFiguresPanel(overview, Suggestions.of(this, catalog, properties)));
        timeline.show(checkIns.mine(overview.period()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-mood") + " | " + getTranslation("app.name");
    }
}
