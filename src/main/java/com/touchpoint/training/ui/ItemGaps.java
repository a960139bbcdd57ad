package com.touchpoint.training.ui;

import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.staff.StaffRef;
import com.vaadin.flow.component.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The callback items by name and, per person, their gap to target in the figures the caller chose. */
public final class ItemGaps {

    private final Map<String, ItemDefinition> items;
    private final Map<Long, StaffIndicators> figures;

    public ItemGaps(List<ItemDefinition> items, Collection<StaffIndicators> figures) {
        this.items = items.stream().collect(Collectors.toMap(ItemDefinition::code, Function.identity(), (a, b) -> a));
        this.figures = figures.stream().collect(Collectors.toMap(StaffIndicators::staffId, Function.identity(), (a, b) -> a));
    }

    /** The item's name, with the person's gap to target when a person is given. */
    String describe(Component c, java.util.Locale locale, StaffRef person, String code) {
        String name = items.containsKey(code) ? items.get(code).name(locale) : code;
        StaffIndicators personFigures = person == null ? null : figures.get(person.id());
        if (personFigures == null) {
            return name;
        }
        ItemIndicator item = personFigures.items().stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
        if (item == null || item.mean() == null) {
            return c.getTranslation("training.assign.item-no-data", name);
        }
        double gap = item.target() - item.mean();
        return gap > 0 ? c.getTranslation("training.assign.item-gap", name,
                BigDecimal.valueOf(gap).setScale(2, RoundingMode.HALF_UP).toPlainString())
                : c.getTranslation("training.assign.item-at-target", name);
    }
}
