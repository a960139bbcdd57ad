package com.touchpoint.incentive.ui;

import com.touchpoint.layout.EditorDialogs;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** Asks for the reason of a reopening, which the audit log keeps. */
class ReasonDialog extends Dialog {

    ReasonDialog(Consumer<String> confirmed) {
        setHeaderTitle(getTranslation("incentive.reopen.title"));
        var reason = new TextArea(getTranslation("incentive.reopen.reason"));
        reason.setId("reopen-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(reason);
        EditorDialogs.cancelAndSave(this, "reopen-save", () -> {
            close();
            confirmed.accept(reason.getValue());
        });
    }
}
