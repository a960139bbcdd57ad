package com.touchpoint.training.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.training.AssignResult;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Assign a module to members of a team with a due date. */
class AssignDialog extends Dialog {

    private final ComboBox<TrainingModule> module = new ComboBox<>();
    private final MultiSelectComboBox<StaffRef> staff = new MultiSelectComboBox<>();
    private final DatePicker dueDate = ComponentTexts.datePicker(new DatePicker());
    private final FieldErrors errors = new FieldErrors(Map.of("dueDate", dueDate, "staff", staff, "module", module));

    AssignDialog(TrainingAssignments assignments, List<TrainingModule> modules, List<StaffRef> members,
                 LocalDate today, Runnable assigned) {
        setHeaderTitle(getTranslation("training.assign.title"));
        setId("assign-dialog");
        module.setId("assign-module");
        module.setLabel(getTranslation("training.history.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title().in(getLocale()));
        module.setRequired(true);
        staff.setId("assign-staff");
        staff.setLabel(getTranslation("training.assign.staff"));
        staff.setItems(members);
        staff.setItemLabelGenerator(m -> m.name() + " (" + m.employeeNo() + ")");
        dueDate.setId("assign-due");
        dueDate.setLabel(getTranslation("training.assign.due"));
        dueDate.setMin(today);
        dueDate.setValue(today.plusDays(7));
        var form = new FormLayout(module, dueDate, staff);
        form.setColspan(staff, 2);
        EditorDialogs.twoColumns(form);
        add(form);
        EditorDialogs.cancelAndSave(this, "assign-save", () -> save(assignments, assigned));
    }

    private void save(TrainingAssignments assignments, Runnable assigned) {
        errors.clear();
        if (module.isEmpty()) {
            module.setErrorMessage(getTranslation("validation.required", getTranslation("training.history.module")));
            module.setInvalid(true);
            return;
        }
        EditorDialogs.saveAndClose(this, errors, () -> {
            AssignResult result = assignments.assign(module.getValue().id(),
                    staff.getValue().stream().map(StaffRef::id).toList(), dueDate.getValue());
            Notifications.success(getTranslation("training.assign.done", result.assigned(), result.alreadyOpen()));
        }, assigned);
    }
}
