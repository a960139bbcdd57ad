package com.touchpoint.emotion;

import java.time.LocalDate;
import java.util.Set;

/** A check-in as the staff member submits it: for themselves, for today. Tags and note are optional. */
public record CheckInRequest(long staffId, LocalDate workDate, Moment moment, Integer mood, Integer stress,
                             Set<MoodTag> tags, String note) {
}
