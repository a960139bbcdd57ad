package com.touchpoint.training.ui;

import java.time.Instant;
import java.time.ZoneId;
import com.touchpoint.layout.Formats;


/** Attempt and assignment times in the operator's time zone, as staff read them. */
final class TrainingTimes {

    private TrainingTimes() {
    }

    static String format(Instant instant, ZoneId zone) {
        return Formats.dateTime(instant, zone);
    }
}
