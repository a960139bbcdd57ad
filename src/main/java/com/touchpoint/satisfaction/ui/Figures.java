package com.touchpoint.satisfaction.ui;

import com.vaadin.flow.component.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats indicator figures for the screen: two decimals, half-up, and "—" where undefined. */
final class Figures {

    private Figures() {
    }

    static String number(Component c, Double value) {
        return value == null ? c.getTranslation("common.empty")
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(Component c, Double value) {
        return value == null ? c.getTranslation("common.empty") : number(c, value) + "%";
    }

    /** A standard score shown as a band, never as an exact rank. */
    static String band(Component c, Double tScore) {
        if (tScore == null) {
            return c.getTranslation("scores.band.none");
        }
        String band = tScore >= 60 ? "well-above" : tScore >= 55 ? "above" : tScore > 45 ? "level"
                : tScore > 40 ? "below" : "well-below";
        return c.getTranslation("scores.band." + band);
    }

    /** Theme of a score against its target: good at or above, warning within 5 points, bad below that. */
    static String level(Double value, double target) {
        if (value == null) {
            return "none";
        }
        return value >= target ? "good" : value >= target - 5 ? "warn" : "bad";
    }
}
