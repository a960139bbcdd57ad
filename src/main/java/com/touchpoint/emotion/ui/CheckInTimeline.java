package com.touchpoint.emotion.ui;

import com.touchpoint.emotion.OwnCheckIn;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** My own check-ins, newest first, with my private notes: only ever shown to their author. */
class CheckInTimeline extends Grid<OwnCheckIn> {

    CheckInTimeline() {
        setId("mood-timeline");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(c -> com.touchpoint.layout.Formats.date(c.point().workDate())).setHeader(getTranslation("emotion.my.column.date"))
                .setAutoWidth(true);
        addColumn(c -> getTranslation(c.point().moment().messageKey()))
                .setHeader(getTranslation("emotion.my.column.moment")).setAutoWidth(true);
        addColumn(c -> CheckInCard.FACES[c.point().mood() - 1] + " " + getTranslation("emotion.mood." + c.point().mood()))
                .setHeader(getTranslation("emotion.my.column.mood")).setAutoWidth(true);
        addColumn(c -> c.point().stress()).setHeader(getTranslation("emotion.my.column.stress")).setAutoWidth(true);
        addColumn(c -> c.point().tags().stream().map(t -> getTranslation(t.messageKey()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("emotion.my.column.tags")).setAutoWidth(true);
        addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("emotion.my.column.note"))
                .setFlexGrow(1);
    }

    void show(List<OwnCheckIn> checkIns) {
        setItems(checkIns.stream().sorted(Comparator.comparing((OwnCheckIn c) -> c.point().workDate())
                .thenComparing(c -> c.point().moment()).reversed()).toList());
    }
}
