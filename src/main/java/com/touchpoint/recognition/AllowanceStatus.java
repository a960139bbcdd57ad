package com.touchpoint.recognition;

/** The signed-in giver's allowance this month and how many kudos they may still give today. */
public record AllowanceStatus(String month, int granted, int spent, int remaining, int givenToday, int perDay) {
}
