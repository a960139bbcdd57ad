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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assign a module to members of a team with a due date. Each module shows the callback items it trains and,
 * when one person is chosen, their gap to target on each; opened for a weak item, the modules training it
 * come first.
 */
public class AssignDialog extends Dialog {

    private final ComboBox<TrainingModule> module = new ComboBox<>();
    private final MultiSelectComboBox<StaffRef> staff = new MultiSelectComboBox<>();
    private final DatePicker dueDate = ComponentTexts.datePicker(new DatePicker());
    private final Div trainedItems = new Div();
    private final FieldErrors errors = new FieldErrors(Map.of("dueDate", dueDate, "staff", staff, "module", module));
    private final ItemGaps gaps;

    public AssignDialog(TrainingAssignments assignments, List<TrainingModule> modules, List<StaffRef> members,
                        LocalDate today, ItemGaps gaps, Runnable assigned) {
        this.gaps = gaps;
        setHeaderTitle(getTranslation("training.assign.title"));
        setId("assign-dialog");
        module.setId("assign-module");
        module.setLabel(getTranslation("training.history.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title().in(getLocale()));
        module.setRenderer(new ComponentRenderer<>(this::moduleOption));
        module.setRequired(true);
        module.addValueChangeListener(e -> showTrainedItems());
        staff.setId("assign-staff");
        staff.setLabel(getTranslation("training.assign.staff"));
        staff.setItems(members);
        staff.setItemLabelGenerator(m -> m.name() + " (" + m.employeeNo() + ")");
        staff.addValueChangeListener(e -> showTrainedItems());
        dueDate.setId("assign-due");
        dueDate.setLabel(getTranslation("training.assign.due"));
        dueDate.setMin(today);
        dueDate.setValue(today.plusDays(7));
        trainedItems.setId("assign-module-items");
        trainedItems.addClassName("assign-module-items");
        var form = new FormLayout(module, dueDate, trainedItems, staff);
        form.setColspan(trainedItems, 2);
        form.setColspan(staff, 2);
        EditorDialogs.twoColumns(form);
        add(form);
        EditorDialogs.cancelAndSave(this, "assign-save", () -> save(assignments, assigned));
    }

    /** Chooses the member and puts the modules that train the item first (those suiting the member's post first). */
    public AssignDialog forItem(StaffRef member, String itemCode) {
        staff.setValue(Set.of(member));
        List<TrainingModule> modules = module.getListDataView().getItems()
                .sorted(Comparator.comparing((TrainingModule m) -> !m.trains().contains(itemCode))
                        .thenComparing(m -> !m.suits(member.postCode())))
                .toList();
        module.setItems(modules);
        modules.stream().filter(m -> m.trains().contains(itemCode)).findFirst().ifPresent(module::setValue);
        return this;
    }

    private Div moduleOption(TrainingModule m) {
        var title = new Span(m.title().in(getLocale()));
        title.getStyle().set("font-weight", "600");
        var trains = new Span(trainsText(m));
        trains.addClassName("module-option-trains");
        trains.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var option = new Div(title, new Div(trains));
        option.getElement().setAttribute("data-module", m.id());
        return option;
    }

    /** "Trains: service attitude (33.94 points under target), promise kept (at target)" for the chosen person. */
    String trainsText(TrainingModule m) {
        StaffRef person = staff.getValue().size() == 1 ? staff.getValue().iterator().next() : null;
        List<String> items = m.trains().stream().map(code -> gaps.describe(this, getLocale(), person, code)).toList();
        return items.isEmpty() ? getTranslation("training.assign.trains-none")
                : getTranslation("training.assign.trains", String.join(getTranslation("common.list-separator"), items));
    }

    private void showTrainedItems() {
        trainedItems.removeAll();
        module.getDataProvider().refreshAll();
        if (!module.isEmpty()) {
            trainedItems.add(new Span(trainsText(module.getValue())));
        }
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
