package com.touchpoint.incentive.ui;

import com.touchpoint.incentive.IncentiveWorkflow;
import com.touchpoint.incentive.Statement;
import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;

/** HR's adjustment of one draft statement, with its mandatory reason. */
class AdjustDialog extends Dialog {

    AdjustDialog(Statement statement, IncentiveWorkflow workflow, Runnable saved) {
        setHeaderTitle(getTranslation("incentive.adjust.title", statement.name(), statement.employeeNo()));
        var amount = new BigDecimalField(getTranslation("incentive.sheet.col.adjustment"));
        amount.setId("adjust-amount");
        amount.setValue(statement.adjustment());
        var reason = new TextArea(getTranslation("incentive.sheet.col.adjustmentReason"));
        reason.setId("adjust-reason");
        reason.setMaxLength(500);
        reason.setValue(statement.adjustmentReason() == null ? "" : statement.adjustmentReason());
        var form = new FormLayout(amount, reason);
        EditorDialogs.twoColumns(form);
        add(new Paragraph(getTranslation("incentive.adjust.calculated", StatementGrid.text(statement.calculated()))), form);
        var errors = new FieldErrors(Map.of("adjustment", amount, "reason", reason));
        EditorDialogs.cancelAndSave(this, "adjust-save", () -> EditorDialogs.saveAndClose(this, errors,
                () -> workflow.adjust(statement.id(), amount.getValue(), reason.getValue()), saved));
    }
}
