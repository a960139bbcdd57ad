package com.touchpoint.training;

/** A staff member's assignments due in a month, and how many of them were completed by their due date. */
public record TrainingDue(int due, int onTime) {
}
