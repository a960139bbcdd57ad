package com.touchpoint.coaching;

/** A staff member's agreed actions not done yet, and how many of those are past their due date. */
public record OpenActions(int open, int overdue) {
}
