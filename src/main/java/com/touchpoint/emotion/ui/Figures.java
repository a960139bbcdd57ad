package com.touchpoint.emotion.ui;

import java.util.Locale;

/** How mood figures are written: two decimals, "—" where undefined. */
final class Figures {

    private Figures() {
    }

    static String of(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
