package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.function.Function;

/** Figures on the supervisor home: two decimals half-up as on every score page, "—" where undefined. */
final class CockpitFormat {

    private CockpitFormat() {
    }

    static String number(Component c, Double value) {
        return value == null ? c.getTranslation("common.empty")
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "↑ 2.50", "↓ -1.20" or "→ 0.30": the arrow turns at half a point, as on Team scores. */
    static String change(Component c, Double change) {
        if (change == null) {
            return c.getTranslation("common.empty");
        }
        String arrow = change > 0.5 ? "↑" : change < -0.5 ? "↓" : "→";
        return arrow + " " + number(c, change);
    }

    /** Undefined figures ("—") sort after every number in ascending order. */
    static <T, V extends Comparable<? super V>> Comparator<T> nullsLast(Function<T, V> figure) {
        return Comparator.comparing(figure, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
