package com.touchpoint.coaching.ui;

import com.touchpoint.layout.Formats;
import com.touchpoint.satisfaction.ItemDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** How coaching pages show figures, times, item names and states. */
final class CoachingFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CoachingFormat() {
    }

    static String number(Component c, Double value) {
        return value == null ? c.getTranslation("common.empty")
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A session's local date and time, written like every other time on the pages. */
    static String dateTime(LocalDateTime at) {
        return at == null ? "" : Formats.date(at.toLocalDate()) + " " + TIME.format(at);
    }

    static String dateTime(Instant at, ZoneId zone) {
        return Formats.dateTime(at, zone);
    }

    /** Item names in the user's language; unknown codes (and INDEX) through the bundle or as they are. */
    static String item(Component c, Map<String, ItemDefinition> items, String code) {
        ItemDefinition item = items.get(code);
        if (item != null) {
            return item.name(locale());
        }
        return "INDEX".equals(code) ? c.getTranslation("coaching.target.INDEX") : code;
    }

    static String items(Component c, Map<String, ItemDefinition> items, List<String> codes) {
        if (codes.isEmpty()) {
            return c.getTranslation("common.empty");
        }
        return String.join(c.getTranslation("common.list-separator"), codes.stream().map(code -> item(c, items, code)).toList());
    }

    static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    static Span badge(Component c, com.touchpoint.shared.Translatable value, String theme) {
        Span badge = new Span(c.getTranslation(value.messageKey()));
        badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
        return badge;
    }
}
