package com.touchpoint.emotion;

import com.touchpoint.shared.Period;

/** One person's mean mood and stress over a window; the means are null without check-ins. */
public record TrendPoint(Period window, int checkIns, Double meanMood, Double meanStress) {
}
