package com.touchpoint.training;

/** What the daily reminder job did. */
public record ReminderRun(int reminded, int flaggedOverdue) {
}
