package com.touchpoint.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Stored instants as admin screens show them: in UTC, so that entries read the same on every server and device. */
public final class UtcTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private UtcTimes() {
    }

    /** The instant as {@code 2026-11-23 18:20:00}, to be shown through the {@code common.time-utc} message. */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
