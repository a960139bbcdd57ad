package com.touchpoint.satisfaction.ui;

import com.vaadin.flow.component.select.Select;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.IntStream;

/** Picks one of the last twelve months (the current one first), labelled in the user's language. */
class MonthSelect extends Select<YearMonth> {

    static final int MONTHS = 12;

    /** @param monthsBack which month is chosen at first: 0 for the current month, 1 for the last */
    MonthSelect(String id, Clock clock, ZoneId zone, int monthsBack) {
        YearMonth now = YearMonth.now(clock.withZone(zone));
        setId(id);
        setLabel(getTranslation("scores.month"));
        setItems(IntStream.range(0, MONTHS).mapToObj(now::minusMonths).toList());
        setItemLabelGenerator(m -> getTranslation("scores.month-label", m.getYear(), m.getMonthValue()));
        setValue(now.minusMonths(monthsBack));
    }
}
