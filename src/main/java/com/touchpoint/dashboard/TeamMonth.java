package com.touchpoint.dashboard;

import java.time.YearMonth;

/**
 * One month of a team's trend: the valid callbacks of the coached members and their index, the callback-weighted
 * mean of the members' indexes (null without callbacks).
 */
public record TeamMonth(YearMonth month, long callbacks, Double index) {
}
