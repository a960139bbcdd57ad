package com.touchpoint.incentive.ui;

import com.touchpoint.incentive.Statement;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.math.BigDecimal;

/** A month's statements with the figures of the sheet; a click on a row opens its adjustment. */
class StatementGrid extends Grid<Statement> {

    StatementGrid() {
        setId("incentive-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(Statement::employeeNo).setHeader(getTranslation("incentive.sheet.col.employeeNo")).setAutoWidth(true);
        addColumn(Statement::name).setHeader(getTranslation("incentive.sheet.col.name")).setAutoWidth(true);
        addColumn(Statement::teamName).setHeader(getTranslation("incentive.sheet.col.team")).setAutoWidth(true);
        addColumn(Statement::callbacks).setHeader(getTranslation("incentive.sheet.col.callbacks"));
        addColumn(s -> text(s.adjustedIndex())).setHeader(getTranslation("incentive.sheet.col.adjustedIndex"));
        addColumn(s -> text(s.satisfactionCoefficient())).setHeader(getTranslation("incentive.sheet.col.satisfactionCoef"));
        addColumn(s -> text(s.trainingCoefficient())).setHeader(getTranslation("incentive.sheet.col.trainingCoef"));
        addColumn(s -> text(s.recognitionBonus())).setHeader(getTranslation("incentive.sheet.col.recognitionBonus"));
        addColumn(s -> text(s.complaintDeduction())).setHeader(getTranslation("incentive.sheet.col.complaintDeduction"));
        addColumn(s -> text(s.calculated())).setHeader(getTranslation("incentive.sheet.col.calculated"));
        addColumn(s -> text(s.adjustment())).setHeader(getTranslation("incentive.sheet.col.adjustment"));
        addColumn(Statement::adjustmentReason).setHeader(getTranslation("incentive.sheet.col.adjustmentReason"));
        addColumn(s -> text(s.finalAmount())).setHeader(getTranslation("incentive.sheet.col.final"));
    }

    static String text(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
