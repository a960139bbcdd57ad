package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One card of the staff home: a title, the figures, and a link to the full screen. Sized for a 390 px phone
 * (it never grows wider than its column and long words wrap) and laid out in columns on wider screens.
 */
class StaffCard extends Div {

    private final Div body = new Div();

    StaffCard(String id, String title, String path, String linkText) {
        setId(id);
        addClassName("staff-home-card");
        getStyle().set("box-sizing", "border-box").set("min-width", "0").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-contrast-5pct)")
                .set("overflow-wrap", "anywhere").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)");
        var heading = new H3(title);
        heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        body.addClassName("staff-home-card-body");
        body.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        var link = link(path, linkText);
        link.addClassName("staff-home-card-link");
        link.getStyle().set("margin-top", "auto");
        add(heading, body, link);
    }

    /**
     * A link to another feature's page by its route. Those views are package-private in their features, so the
     * link names the path; {@code router-link} lets Vaadin's router navigate without reloading, as a RouterLink does.
     */
    static Anchor link(String path, String text) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    StaffCard with(Component... content) {
        body.add(content);
        return this;
    }

    /** Says why there is nothing to show. */
    StaffCard empty(String why) {
        var text = new Paragraph(why);
        text.addClassName("staff-home-empty");
        text.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        body.add(text);
        return this;
    }

    static Paragraph line(String text, String className) {
        var line = new Paragraph(text);
        line.addClassName(className);
        line.getStyle().set("margin", "0");
        return line;
    }

    static Paragraph small(String text, String className) {
        var line = line(text, className);
        line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return line;
    }
}
