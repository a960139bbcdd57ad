package com.touchpoint.emotion.ui;

import com.touchpoint.emotion.Climate;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;
import java.util.function.Function;

/**
 * Climate figures per row; a row under the k rule says "fewer than k people checked in" and shows no figure.
 * The first column names the row: a window, or a team.
 */
class ClimateGrid<T> extends Grid<T> {

    ClimateGrid(String id, String firstHeader, Function<T, String> first, Function<T, Climate> climate, int k) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(first::apply).setHeader(getTranslation(firstHeader)).setAutoWidth(true);
        addColumn(row -> participation(climate.apply(row), k))
                .setHeader(getTranslation("emotion.team.column.participation")).setAutoWidth(true);
        addColumn(row -> Figures.of(climate.apply(row).meanMood()))
                .setHeader(getTranslation("emotion.team.column.mood")).setAutoWidth(true);
        addColumn(row -> Figures.of(climate.apply(row).meanStress()))
                .setHeader(getTranslation("emotion.team.column.stress")).setAutoWidth(true);
        addColumn(row -> climate.apply(row).lowMoodShare() == null ? "—"
                : Figures.of(climate.apply(row).lowMoodShare()) + "%")
                .setHeader(getTranslation("emotion.team.column.low")).setAutoWidth(true);
        setPartNameGenerator(row -> climate.apply(row).suppressed() ? "suppressed" : null);
    }

    private String participation(Climate c, int k) {
        if (c.suppressed()) {
            return getTranslation("emotion.team.suppressed", k);
        }
        return getTranslation("emotion.team.participation", Figures.of(c.participation()), c.participants(),
                c.activeMembers());
    }

    void show(List<T> rows) {
        setItems(rows);
    }
}
