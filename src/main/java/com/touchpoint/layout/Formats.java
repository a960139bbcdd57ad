package com.touchpoint.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, months and times as every page shows them: one format per UI language for each (the patterns are
 * the {@code date.pattern}, {@code date-time.pattern} and {@code month.pattern} messages), and instants in the
 * operator's time zone, never in the server's or in UTC.
 */
public final class Formats {

    private Formats() {
    }

    /** An instant in the given zone (pass {@code OperatorTime.zone()}), e.g. "2026-11-30 11:50". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : format("date-time.pattern", instant.atZone(zone));
    }

    /** A calendar date, e.g. "2026-11-30". */
    public static String date(LocalDate date) {
        return date == null ? "" : format("date.pattern", date);
    }

    /** A month, e.g. "2026年11月" or "Nov 2026". */
    public static String month(YearMonth month) {
        return month == null ? "" : format("month.pattern", month);
    }

    /** A month stored as text ("2026-11"). */
    public static String month(String month) {
        return month == null || month.isBlank() ? "" : month(YearMonth.parse(month));
    }

    /**
     * A month in a document made away from any page (a generated report, the monthly run), in the document's
     * language: "2026年11月" or "Nov 2026".
     */
    public static String month(YearMonth month, Locale locale, I18NProvider messages) {
        return format("month.pattern", month, locale, messages);
    }

    /** A month without its year, as a chart's axis shows a run of months: "11月" or "Nov". */
    public static String monthOfYear(YearMonth month, Locale locale, I18NProvider messages) {
        return format("month-of-year.pattern", month, locale, messages);
    }

    private static String format(String patternKey, TemporalAccessor value) {
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofPattern(ui.getTranslation(patternKey), ui.getLocale()).format(value);
    }

    private static String format(String patternKey, TemporalAccessor value, Locale locale, I18NProvider messages) {
        return DateTimeFormatter.ofPattern(messages.getTranslation(patternKey, locale), locale).format(value);
    }
}
