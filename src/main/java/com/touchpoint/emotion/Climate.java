package com.touchpoint.emotion;

import com.touchpoint.shared.Period;

import java.util.Map;

/**
 * Team climate over one window (EMOTION.md). When fewer than k staff contributed, {@code suppressed} is true and
 * every figure is null, the participant count and the tag counts included.
 */
public record Climate(Period window, boolean suppressed, Integer participants, Integer activeMembers,
                      Double participation, Double meanMood, Double meanStress, Double lowMoodShare,
                      Map<MoodTag, Long> tagCounts) {

    static Climate suppressed(Period window) {
        return new Climate(window, true, null, null, null, null, null, null, Map.of());
    }
}
