package com.touchpoint.recognition.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.recognition.RecognitionValues;
import com.touchpoint.recognition.ValueTag;
import com.touchpoint.shared.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** Kudos value tags (认可价值标签) for admins: add, rename, reorder, retire. */
@Route(value = "admin/recognition-values", layout = MainLayout.class)
@Menu(title = "nav.recognition-values", order = 56, icon = "vaadin:tags")
@RolesAllowed(Roles.ADMIN)
class ValueTagsView extends VerticalLayout implements HasDynamicTitle {

    private final RecognitionValues values;
    private final Grid<ValueTag> grid = new Grid<>();

    ValueTagsView(RecognitionValues values) {
        this.values = values;
        var add = new Button(getTranslation("recognition.values.new"), e -> edit(null));
        add.setId("value-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("value-grid");
        ComponentTexts.emptyState(grid, "recognition.value.empty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ValueTag::code).setHeader(getTranslation("recognition.values.code")).setAutoWidth(true);
        grid.addColumn(ValueTag::nameZh).setHeader(getTranslation("recognition.values.name-zh")).setAutoWidth(true);
        grid.addColumn(ValueTag::nameEn).setHeader(getTranslation("recognition.values.name-en")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("recognition.values.active")).setAutoWidth(true);
        grid.addColumn(ValueTag::sortOrder).setHeader(getTranslation("recognition.values.order")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(add, grid);
        refresh();
    }

    private void edit(ValueTag existing) {
        var dialog = new Dialog(getTranslation("recognition.values.edit"));
        dialog.setId("value-dialog");
        var code = new TextField(getTranslation("recognition.values.code"));
        code.setId("value-code");
        var nameZh = new TextField(getTranslation("recognition.values.name-zh"));
        nameZh.setId("value-name-zh");
        var nameEn = new TextField(getTranslation("recognition.values.name-en"));
        nameEn.setId("value-name-en");
        var active = new Checkbox(getTranslation("recognition.values.active"), true);
        var order = new IntegerField(getTranslation("recognition.values.order"));
        order.setValue(grid.getListDataView().getItemCount() + 1);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn());
            active.setValue(existing.active());
            order.setValue(existing.sortOrder());
        }
        var form = new FormLayout(code, nameZh, nameEn, order, active);
        EditorDialogs.twoColumns(form);
        dialog.add(form);
        var errors = new FieldErrors(Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn));
        EditorDialogs.cancelAndSave(dialog, "value-save", () -> EditorDialogs.saveAndClose(dialog, errors,
                () -> values.save(new ValueTag(code.getValue().strip(), nameZh.getValue().strip(), nameEn.getValue().strip(),
                        active.getValue(), order.getValue() == null ? 0 : order.getValue())),
                this::refresh));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(values.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recognition-values") + " | " + getTranslation("app.name");
    }
}
