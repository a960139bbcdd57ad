package com.touchpoint.recognition.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A picker of the last twelve months, the current one first. */
final class Months {

    private Months() {
    }

    static ComboBox<YearMonth> picker(String id, String label, Clock clock, ZoneId zone, int monthsBack) {
        YearMonth now = YearMonth.now(clock.withZone(zone));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(now.minusMonths(i));
        }
        var picker = new ComboBox<YearMonth>(label, months);
        picker.setId(id);
        picker.setItemLabelGenerator(YearMonth::toString);
        picker.setValue(now.minusMonths(monthsBack));
        picker.setAllowCustomValue(false);
        return picker;
    }
}
