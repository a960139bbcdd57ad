package com.touchpoint.training.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Attempt and assignment times in the operator's time zone, as staff read them. */
final class TrainingTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TrainingTimes() {
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone));
    }
}
