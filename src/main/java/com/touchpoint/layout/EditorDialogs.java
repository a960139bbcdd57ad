package com.touchpoint.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/** The common shape of edit dialogs: a form in one column on phones and two from 500 px, Cancel and Save. */
public final class EditorDialogs {

    private EditorDialogs() {
    }

    public static void twoColumns(FormLayout form) {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
    }

    /** Adds Cancel (closes) and a primary Save with the given id to the dialog's footer. */
    public static void cancelAndSave(Dialog dialog, String saveId, Runnable save) {
        var saveButton = new Button(dialog.getTranslation("common.save"), e -> save.run());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId(saveId);
        dialog.getFooter().add(new Button(dialog.getTranslation("common.cancel"), e -> dialog.close()), saveButton);
    }

    /** Runs the dialog's save through {@link FieldErrors#attempt}; on success closes the dialog and then runs {@code saved}. */
    public static void saveAndClose(Dialog dialog, FieldErrors errors, Runnable save, Runnable saved) {
        if (errors.attempt(save)) {
            dialog.close();
            saved.run();
        }
    }
}
