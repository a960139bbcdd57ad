package com.touchpoint.recognition.ui;

import com.touchpoint.layout.MainLayout;
import com.touchpoint.recognition.FeedItem;
import com.touchpoint.recognition.FeedScope;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.recognition.RecognitionProperties;
import com.touchpoint.recognition.RecognitionValues;
import com.touchpoint.recognition.ValueTag;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Recognition (认可): give kudos and follow the feed of my team, my branch or everyone, loaded 20 at a time. */
@Route(value = "recognition", layout = MainLayout.class)
@Menu(title = "nav.recognition", order = 9, icon = "vaadin:heart")
@RolesAllowed(Roles.STAFF)
class RecognitionView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 20;

    private final RecognitionFeeds feeds;
    private final Map<String, ValueTag> tags;
    private final ZoneId zone;
    private final Div feed = new Div();
    private final Button more = new Button();
    private final Tabs scopes = new Tabs();
    private final Map<Tab, FeedScope> scopeOfTab = new java.util.HashMap<>();
    private int shown = PAGE;

    RecognitionView(KudosGiving giving, RecognitionFeeds feeds, RecognitionValues values, RecognitionProperties rules,
                    OperatorTime operatorTime, CurrentUser user, OrgStructure org) {
        this.feeds = feeds;
        this.zone = operatorTime.zone();
        this.tags = values.all().stream().collect(Collectors.toMap(ValueTag::code, Function.identity()));
        addClassName("recognition-view");
        if (user.staffId().isEmpty()) {
            add(new Paragraph(getTranslation("recognition.no-staff-record")));
            return;
        }
        add(new H3(getTranslation("recognition.give.title")),
                new GiveKudosForm(giving, values.active(), rules, teamNames(org), this::reloadFeed),
                new RouterLink(getTranslation("recognition.received.link"), ReceivedView.class));
        Map<FeedScope, Tab> tabs = new EnumMap<>(FeedScope.class);
        for (FeedScope scope : FeedScope.values()) {
            Tab tab = new Tab(getTranslation(scope.messageKey()));
            tab.setId("feed-" + scope.name().toLowerCase());
            tabs.put(scope, tab);
            scopeOfTab.put(tab, scope);
            scopes.add(tab);
        }
        scopes.setId("feed-tabs");
        scopes.addSelectedChangeListener(e -> reloadFeed());
        feed.setId("feed");
        feed.addClassName("feed");
        more.setText(getTranslation("recognition.feed.more"));
        more.setId("feed-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> {
            shown += PAGE;
            showFeed();
        });
        add(new H3(getTranslation("recognition.feed.title")), scopes, feed, more);
        showFeed();
    }

    private void reloadFeed() {
        shown = PAGE;
        showFeed();
    }

    private void showFeed() {
        FeedScope scope = scopeOfTab.getOrDefault(scopes.getSelectedTab(), FeedScope.TEAM);
        List<FeedItem> items = feeds.feed(scope, shown);
        feed.removeAll();
        if (items.isEmpty()) {
            feed.add(new Paragraph(getTranslation("recognition.feed.empty")));
        }
        items.forEach(item -> feed.add(KudosCard.of(item, tags, zone)));
        more.setVisible(items.size() == shown);
    }

    private static Map<Long, String> teamNames(OrgStructure org) {
        return org.teams().stream().collect(Collectors.toMap(OrgUnitDetails::id, OrgUnitDetails::name));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recognition") + " | " + getTranslation("app.name");
    }
}
