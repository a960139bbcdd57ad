package com.touchpoint.coaching.ui;

import com.touchpoint.coaching.ActionOwner;
import com.touchpoint.coaching.ActionRequest;
import com.touchpoint.coaching.CoachingActions;
import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Adds an agreed action, optionally assigning a training module in the same step. */
class ActionDialog extends Dialog {

    private final Select<ActionOwner> owner = new Select<>();
    private final TextField description = new TextField();
    private final DatePicker dueDate = new DatePicker();
    private final Select<String> target = new Select<>();
    private final ComboBox<TrainingModule> module = new ComboBox<>();
    private final FieldErrors errors = new FieldErrors(Map.of("owner", owner, "description", description,
            "dueDate", dueDate, "target", target));

    ActionDialog(CoachingActions actions, long sessionId, List<ItemDefinition> items, List<TrainingModule> modules,
                 LocalDate today, Runnable added) {
        setHeaderTitle(getTranslation("coaching.action.add"));
        setId("action-dialog");
        owner.setId("action-owner");
        owner.setLabel(getTranslation("coaching.action.owner"));
        owner.setItems(ActionOwner.values());
        owner.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        owner.setValue(ActionOwner.STAFF);
        description.setId("action-description");
        description.setLabel(getTranslation("coaching.action.description"));
        description.setMaxLength(500);
        dueDate.setId("action-due");
        dueDate.setLabel(getTranslation("coaching.action.due"));
        dueDate.setMin(today);
        dueDate.setValue(today.plusDays(14));
        Map<String, ItemDefinition> byCode = new java.util.HashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        List<String> targets = new ArrayList<>(items.stream().map(ItemDefinition::code).toList());
        targets.add("INDEX");
        target.setId("action-target");
        target.setLabel(getTranslation("coaching.action.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(code -> CoachingFormat.item(this, byCode, code));
        target.setValue("INDEX");
        module.setId("action-training");
        module.setLabel(getTranslation("coaching.action.training"));
        module.setHelperText(getTranslation("coaching.action.training.help"));
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title().in(getLocale()));
        module.setClearButtonVisible(true);
        var form = new FormLayout(owner, dueDate, description, target, module);
        form.setColspan(description, 2);
        form.setColspan(module, 2);
        EditorDialogs.twoColumns(form);
        add(form);
        EditorDialogs.cancelAndSave(this, "action-save", () -> EditorDialogs.saveAndClose(this, errors, () -> {
            actions.add(sessionId, new ActionRequest(owner.getValue(), description.getValue(), dueDate.getValue(),
                    target.getValue(), module.isEmpty() ? null : module.getValue().id()));
            Notifications.success(getTranslation("coaching.action.added"));
        }, added));
    }
}
