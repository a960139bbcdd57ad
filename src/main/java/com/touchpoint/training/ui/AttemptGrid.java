package com.touchpoint.training.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.training.AttemptSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Attempts with date, module, ending, score and verdict; a click opens the debrief. */
class AttemptGrid extends Grid<AttemptSummary> {

    AttemptGrid(String id, ZoneId zone, Map<Long, String> staffNames) {
        setId(id);
        ComponentTexts.emptyState(this, "training.history.empty");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(a -> TrainingTimes.format(a.startedAt(), zone)).setHeader(getTranslation("training.history.when"))
                .setAutoWidth(true);
        if (staffNames != null) {
            addColumn(a -> staffNames.getOrDefault(a.staffId(), "")).setHeader(getTranslation("staff.name"))
                    .setAutoWidth(true);
        }
        addColumn(a -> a.title().in(getLocale())).setHeader(getTranslation("training.history.module")).setFlexGrow(1);
        addColumn(a -> a.completed() ? getTranslation(a.ending().messageKey()) : getTranslation("training.history.unfinished"))
                .setHeader(getTranslation("training.history.ending")).setAutoWidth(true);
        addColumn(a -> a.total() == null ? "" : a.total().toPlainString())
                .setHeader(getTranslation("training.history.score")).setAutoWidth(true);
        addColumn(a -> a.passed() == null ? "" : getTranslation(a.passed() ? "training.debrief.passed" : "training.debrief.failed"))
                .setHeader(getTranslation("training.history.verdict")).setAutoWidth(true);
        addItemClickListener(e -> {
            if (e.getItem().completed()) {
                getUI().ifPresent(ui -> ui.navigate(AttemptView.class, e.getItem().id()));
            }
        });
    }

    void show(List<AttemptSummary> attempts) {
        setItems(attempts);
    }
}
