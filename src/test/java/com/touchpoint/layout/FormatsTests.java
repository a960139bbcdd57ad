package com.touchpoint.layout;

import com.touchpoint.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Every page shows months, dates and times in one format per language, and date pickers read and show the same. */
class FormatsTests extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.touchpoint.shared.TranslationProvider translations;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 17:05 UTC on 30 November is already 1 December in Shanghai. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-30T17:05:00Z");

    @Test
    void chinese_pages_show_chinese_months_and_iso_dates_in_the_operators_zone() {
        login("hr1");
        assertThat(Formats.month(YearMonth.of(2026, 11))).isEqualTo("2026年11月");
        assertThat(Formats.month("2026-03")).isEqualTo("2026年3月");
        assertThat(Formats.date(LocalDate.of(2026, 12, 7))).isEqualTo("2026-12-07");
        assertThat(Formats.dateTime(LATE_EVENING_UTC, SHANGHAI)).isEqualTo("2026-12-01 01:05");
    }

    @Test
    void english_pages_show_short_month_names_and_the_same_dates() {
        login("hr1", Locale.ENGLISH);
        assertThat(Formats.month(YearMonth.of(2026, 11))).isEqualTo("Nov 2026");
        assertThat(Formats.date(LocalDate.of(2026, 12, 7))).isEqualTo("2026-12-07");
        assertThat(Formats.dateTime(LATE_EVENING_UTC, SHANGHAI)).isEqualTo("2026-12-01 01:05");
        assertThat(MonthSelect.label(YearMonth.of(2026, 11))).isEqualTo(Formats.month(YearMonth.of(2026, 11)));
    }

    @Test
    void documents_made_away_from_a_page_format_months_in_their_own_language() {
        assertThat(Formats.month(YearMonth.of(2026, 5), Locale.SIMPLIFIED_CHINESE, translations)).isEqualTo("2026年5月");
        assertThat(Formats.month(YearMonth.of(2026, 5), Locale.ENGLISH, translations)).isEqualTo("May 2026");
        assertThat(Formats.monthOfYear(YearMonth.of(2026, 5), Locale.SIMPLIFIED_CHINESE, translations)).isEqualTo("5月");
        assertThat(Formats.monthOfYear(YearMonth.of(2026, 10), Locale.ENGLISH, translations)).isEqualTo("Oct");
    }

    @Test
    void the_hire_date_picker_speaks_chinese_and_uses_the_pages_date_format() {
        login("hr1");
        UI.getCurrent().navigate("staff");
        _click(_get(Button.class, spec -> spec.withId("staff-new")));
        DatePicker picker = _get(DatePicker.class, spec -> spec.withLabel("入职日期"));
        assertThat(picker.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        DatePicker.DatePickerI18n i18n = picker.getI18n();
        assertThat(i18n.getDateFormats()).first().isEqualTo("yyyy-MM-dd");
        assertThat(i18n.getMonthNames()).startsWith("一月", "二月");
        assertThat(i18n.getWeekdaysShort()).hasSize(7);
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getBadInputErrorMessage()).contains("2026-12-07");
    }

    @Test
    void the_hire_date_picker_speaks_english_in_the_english_ui() {
        login("hr1", Locale.ENGLISH);
        UI.getCurrent().navigate("staff");
        _click(_get(Button.class, spec -> spec.withId("staff-new")));
        DatePicker picker = _get(DatePicker.class, spec -> spec.withLabel("Hire date"));
        assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("yyyy-MM-dd");
        assertThat(picker.getI18n().getMonthNames()).startsWith("January");
        assertThat(picker.getI18n().getToday()).isEqualTo("Today");
    }
}
