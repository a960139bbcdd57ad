package com.touchpoint.coaching;

/** What one run of the coaching reminders sent: sessions coming up, actions due soon, actions newly overdue. */
public record ReminderRun(int sessions, int dueSoon, int overdue) {
}
