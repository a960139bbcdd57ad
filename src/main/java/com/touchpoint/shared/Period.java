package com.touchpoint.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** An inclusive range of service dates, at most 366 days long. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public Period {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "validation.required", from == null ? "from" : "to");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "period.from-after-to", from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("to", "period.too-long", from, to, MAX_DAYS);
        }
    }

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }
}
