package com.touchpoint.satisfaction;

import java.time.YearMonth;

/** One month of a staff member's trend: callbacks, raw and adjusted index. */
public record MonthlyFigure(YearMonth month, long callbacks, Double index, Double adjustedIndex) {
}
