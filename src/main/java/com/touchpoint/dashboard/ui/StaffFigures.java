package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Figures on the staff home as My scores shows them: half-up to 2 decimals, "—" where undefined. */
final class StaffFigures {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private StaffFigures() {
    }

    static String number(Component c, Double value) {
        return value == null ? c.getTranslation("common.empty")
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(Component c, Double value) {
        return value == null ? c.getTranslation("common.empty") : number(c, value) + "%";
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String dateTime(LocalDateTime at) {
        return com.touchpoint.layout.Formats.date(at.toLocalDate()) + " " + TIME.format(at);
    }

    /** Good at or above the target, warning within 5 points, bad below that (the colours of My scores). */
    static String level(Double value, double target) {
        if (value == null) {
            return "none";
        }
        return value >= target ? "good" : value >= target - 5 ? "warn" : "bad";
    }
}
