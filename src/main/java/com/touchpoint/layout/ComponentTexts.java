package com.touchpoint.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Makes Vaadin's own texts speak the UI language: date pickers (format, month and day names, buttons and
 * errors), grids' empty states and confirm dialogs. Uploads are configured by {@link Uploads}.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** A date picker in the UI language, showing and reading dates in the one date format of that language. */
    public static <T extends DatePicker> T datePicker(T picker) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n()
                .setDateFormats(ui.getTranslation("date.pattern"), "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd")
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(Integer.parseInt(ui.getTranslation("date-picker.first-day-of-week")))
                .setToday(ui.getTranslation("date-picker.today"))
                .setCancel(ui.getTranslation("common.cancel"))
                .setBadInputErrorMessage(ui.getTranslation("date-picker.bad-input", ui.getTranslation("date.example")))
                .setRequiredErrorMessage(ui.getTranslation("date-picker.required"));
        picker.setI18n(i18n);
        picker.setPlaceholder(ui.getTranslation("date.example"));
        return picker;
    }

    /** Sunday first, as the date picker expects. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).limit(6))
                .map(d -> d.getDisplayName(style, locale)).toList();
    }

    /** What an empty grid says instead of showing nothing: why it is empty, from the message {@code key}. */
    public static <T> Grid<T> emptyState(Grid<T> grid, String key, Object... args) {
        grid.setEmptyStateText(UI.getCurrent().getTranslation(key, args));
        return grid;
    }

    /** A confirm dialog with a cancel button and the confirm button's text, all in the UI language. */
    public static ConfirmDialog confirmDialog(ConfirmDialog dialog, String headerKey, String confirmKey) {
        UI ui = UI.getCurrent();
        dialog.setHeader(ui.getTranslation(headerKey));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("common.cancel"));
        dialog.setConfirmText(ui.getTranslation(confirmKey));
        dialog.setRejectText(ui.getTranslation("common.no"));
        return dialog;
    }
}
