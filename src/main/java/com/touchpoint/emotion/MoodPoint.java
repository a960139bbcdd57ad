package com.touchpoint.emotion;

import java.time.LocalDate;
import java.util.Set;

/**
 * A check-in without its note: what the figures use, and all a consenting staff member's supervisor sees.
 * It has no note field on purpose, so a note cannot travel with it.
 */
public record MoodPoint(long staffId, LocalDate workDate, Moment moment, int mood, int stress, Set<MoodTag> tags) {

    public boolean lowMood() {
        return mood <= 2;
    }
}
