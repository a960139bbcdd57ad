package com.touchpoint.training.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.training.AttemptSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Attempts with date, module and ending, score and verdict; a click opens the debrief. */
class AttemptGrid extends Grid<AttemptSummary> {

    AttemptGrid(String id, ZoneId zone, Map<Long, String> staffNames) {
        setId(id);
        ComponentTexts.emptyState(this, "training.history.empty");
        // few, wrapping columns: on a 390 px phone the score and verdict must stay in view
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(a -> TrainingTimes.format(a.startedAt(), zone)).setHeader(getTranslation("training.history.when"))
                .setWidth("6.5em").setFlexGrow(0);
        if (staffNames != null) {
            addColumn(a -> staffNames.getOrDefault(a.staffId(), "")).setHeader(getTranslation("staff.name"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(a -> a.title().in(getLocale()) + " · " + ending(a)).setHeader(getTranslation("training.history.module"))
                .setFlexGrow(1);
        addColumn(this::result).setKey("result").setHeader(getTranslation("training.history.score"))
                .setWidth("6em").setFlexGrow(0);
        addItemClickListener(e -> {
            if (e.getItem().completed()) {
                getUI().ifPresent(ui -> ui.navigate(AttemptView.class, e.getItem().id()));
            }
        });
    }

    private String ending(AttemptSummary a) {
        return a.completed() ? getTranslation(a.ending().messageKey()) : getTranslation("training.history.unfinished");
    }

    /** "82.5 Passed" or "45 Not passed"; empty while unfinished. */
    private String result(AttemptSummary a) {
        if (a.total() == null || a.passed() == null) {
            return "";
        }
        return a.total().stripTrailingZeros().toPlainString() + " "
                + getTranslation(a.passed() ? "training.debrief.passed" : "training.debrief.failed");
    }

    void show(List<AttemptSummary> attempts) {
        setItems(attempts);
    }
}
