package com.touchpoint.layout;

import com.touchpoint.shared.OperatorTime;
import com.vaadin.flow.component.select.Select;

import java.time.YearMonth;
import java.util.stream.IntStream;

/** Picks one of the last twelve months (the operator's current one first), labelled in the user's language. */
public class MonthSelect extends Select<YearMonth> {

    static final int MONTHS = 12;

    /** @param monthsBack which month is chosen at first: 0 for the current month, 1 for the last */
    public MonthSelect(String id, OperatorTime time, int monthsBack) {
        YearMonth now = time.currentMonth();
        setId(id);
        setLabel(getTranslation("scores.month"));
        setItems(IntStream.range(0, MONTHS).mapToObj(now::minusMonths).toList());
        setItemLabelGenerator(MonthSelect::label);
        setValue(now.minusMonths(monthsBack));
    }

    /** A month as every page shows it in the user's language ("2026年11月", "Nov 2026"). */
    public static String label(YearMonth month) {
        return Formats.month(month);
    }
}
