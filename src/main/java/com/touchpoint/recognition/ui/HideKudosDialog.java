package com.touchpoint.recognition.ui;

import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.recognition.KudosView;
import com.touchpoint.recognition.KudosGiving;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;

/** Hide an inappropriate kudos with a reason; the points go back to the giver. */
class HideKudosDialog extends Dialog {

    HideKudosDialog(KudosGiving recognition, KudosView kudos, Runnable hidden) {
        setHeaderTitle(getTranslation("recognition.hide.title"));
        setId("hide-dialog");
        var reason = new TextArea(getTranslation("recognition.hide.reason"));
        reason.setId("hide-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        var errors = new FieldErrors(Map.of("reason", reason));
        add(new Paragraph(getTranslation("recognition.card.kudos", kudos.giverName(), kudos.receiverName(), kudos.points())),
                new Paragraph(kudos.message()), reason);
        EditorDialogs.cancelAndSave(this, "hide-save", () -> EditorDialogs.saveAndClose(this, errors, () -> {
            recognition.hide(kudos.id(), reason.getValue());
            Notifications.success(getTranslation("recognition.hide.done", kudos.points(), kudos.giverName()));
        }, hidden));
    }
}
