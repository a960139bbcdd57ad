package com.touchpoint.notification.ui;

import com.touchpoint.notification.Notice;
import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.layout.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

import java.time.ZoneId;
import java.util.List;

/**
 * The bell in the header: unread count, the latest notifications, and marking them as read. The count is read
 * again after every navigation.
 */
class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    static final int SHOWN = 20;

    private final NotificationCenter center;
    private final ZoneId zone;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();

    NotificationBell(NotificationCenter center, ZoneId zone) {
        this.center = center;
        this.zone = zone;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        badge.setId("notification-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        badge.addClassName("notification-count");
        getContent().addClassName("notification-bell");
        getContent().add(bell, badge, popover());
        refresh();
    }

    private Popover popover() {
        var popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setModal(false);
        // on a phone the bell sits left of the user menu: keep the popover within the screen to its left
        popover.setWidth("min(22rem, calc(100vw - 7rem))");
        var markAll = new Button(getTranslation("notification.mark-all-read"), e -> markAllRead());
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("notification-list");
        popover.add(markAll, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showList();
            }
        });
        return popover;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        long unread = center.unreadCount();
        badge.setText(unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        bell.getElement().setAttribute("aria-label", getTranslation("notification.bell", unread));
    }

    void showList() {
        list.removeAll();
        List<Notice> notices = center.recent(SHOWN);
        if (notices.isEmpty()) {
            list.add(new Span(getTranslation("notification.none")));
        }
        notices.forEach(notice -> list.add(entry(notice)));
        refresh();
    }

    private Div entry(Notice notice) {
        var text = new Span(getTranslation(notice.messageKey(), notice.args().toArray()));
        var when = new Span(Formats.dateTime(notice.createdAt(), zone));
        when.addClassName("notification-time");
        var entry = new Div(text, when);
        entry.addClassName("notification-entry");
        if (!notice.read()) {
            entry.addClassName("unread");
        }
        entry.addClickListener(e -> open(notice));
        return entry;
    }

    private void open(Notice notice) {
        center.markRead(notice.id());
        refresh();
        if (notice.link() != null) {
            UI.getCurrent().navigate(notice.link());
        } else {
            showList();
        }
    }

    private void markAllRead() {
        center.markAllRead();
        showList();
    }
}
