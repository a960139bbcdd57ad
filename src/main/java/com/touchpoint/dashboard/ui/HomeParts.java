package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The pieces the homes are built from: a titled section, and a row of links to the full screens. */
final class HomeParts {

    /** A link to a page by its route, with the id tests and the journey find it by. */
    record PageLink(String id, String path, String titleKey) {
    }

    private HomeParts() {
    }

    static Div section(Component owner, String id, String titleKey, Component... content) {
        var section = new Div(new H3(owner.getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("home-section");
        section.setWidthFull();
        section.add(content);
        return section;
    }

    static FlexLayout links(Component owner, PageLink... pages) {
        var links = new FlexLayout();
        for (PageLink page : pages) {
            var link = new Anchor(page.path(), owner.getTranslation(page.titleKey()));
            link.setId(page.id());
            links.add(link);
        }
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-m)");
        return links;
    }
}
