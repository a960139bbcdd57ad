package com.touchpoint.layout;

import com.touchpoint.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Recognition and satisfaction pages pick and show months alike, in the user's language. */
class MonthSelectTests extends KaribuTest {

    private YearMonth thisMonth() {
        return YearMonth.now(context.getBean(Clock.class).withZone(ZoneId.of("Asia/Shanghai")));
    }

    @SuppressWarnings("unchecked")
    private String shownMonth(String route, String id) {
        UI.getCurrent().navigate(route);
        Select<YearMonth> month = _get(Select.class, spec -> spec.withId(id));
        assertThat(month.getValue()).isEqualTo(thisMonth());
        return month.getItemLabelGenerator().apply(month.getValue());
    }

    @Test
    void chinese_pages_show_year_and_month_in_chinese_on_recognition_and_scores_alike() {
        login("supervisor1");
        YearMonth m = thisMonth();
        String expected = m.getYear() + "年" + m.getMonthValue() + "月";
        assertThat(shownMonth("team-recognition", "recognition-month")).isEqualTo(expected);
        assertThat(shownMonth("team-scores", "team-month")).isEqualTo(expected);
    }

    @Test
    void english_pages_show_the_short_month_name_and_year_on_recognition_and_scores_alike() {
        login("supervisor1", Locale.ENGLISH);
        YearMonth m = thisMonth();
        String expected = m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
        assertThat(shownMonth("team-recognition", "recognition-month")).isEqualTo(expected);
        assertThat(shownMonth("team-scores", "team-month")).isEqualTo(expected);
    }
}
