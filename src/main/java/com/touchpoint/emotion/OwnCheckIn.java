package com.touchpoint.emotion;

/** One of my own check-ins with my private note (null without one); only ever returned to its author. */
public record OwnCheckIn(MoodPoint point, String note) {
}
