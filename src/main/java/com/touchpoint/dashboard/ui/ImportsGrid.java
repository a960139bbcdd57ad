package com.touchpoint.dashboard.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.satisfaction.CallbackImportSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.ZoneId;
import java.util.List;

/** The last callback imports, as the quality and admin homes show them: rejected rows stand out. */
class ImportsGrid extends Grid<CallbackImportSummary> {

    ImportsGrid(String id, List<CallbackImportSummary> imports, ZoneId zone) {
        setId(id);
        ComponentTexts.emptyState(this, "home.quality.imports-empty");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(h -> Formats.dateTime(h.startedAt(), zone)).setHeader(getTranslation("home.quality.when"))
                .setAutoWidth(true);
        addColumn(CallbackImportSummary::fileName).setHeader(getTranslation("home.quality.file")).setAutoWidth(true);
        addColumn(h -> getTranslation("callback-import.status." + h.status())).setKey("status")
                .setHeader(getTranslation("home.hr.status"))
                .setTooltipGenerator(h -> h.interrupted() ? getTranslation("callback-import.interrupted") : null)
                .setAutoWidth(true);
        addColumn(CallbackImportSummary::accepted).setKey("accepted")
                .setHeader(getTranslation("home.quality.accepted")).setAutoWidth(true);
        addColumn(CallbackImportSummary::rejected).setKey("rejected")
                .setHeader(getTranslation("home.quality.rejected"))
                .setPartNameGenerator(h -> h.rejected() > 0 ? "level-bad" : null).setAutoWidth(true);
        setItems(imports);
    }
}
