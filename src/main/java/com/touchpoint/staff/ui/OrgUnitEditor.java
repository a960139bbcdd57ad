package com.touchpoint.staff.ui;

import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.OrgUnitKind;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;

/** A dialog to create or edit one org unit; the parent choice offers only units of the kind the service accepts. */
class OrgUnitEditor extends Dialog {

    private final FieldErrors errors;
    private final OrgStructure org;
    private final Runnable onSaved;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<OrgUnitKind> kind = new Select<>();
    private final ComboBox<OrgUnitDetails> parent = new ComboBox<>();
    private List<OrgUnitDetails> units = List.of();
    private String editedCode;

    OrgUnitEditor(OrgStructure org, Runnable onSaved) {
        errors = new FieldErrors(Map.of("code", code, "name", name, "kind", kind, "parentCode", parent));
        this.org = org;
        this.onSaved = onSaved;
        setId("org-editor");
        setWidth("32em");
        setMaxWidth("100%");
        code.setLabel(getTranslation("org.code"));
        code.setId("org-code");
        code.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("org.name"));
        name.setId("org-name");
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("org.kind"));
        kind.setId("org-kind");
        kind.setItems(OrgUnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("org.kind." + k.name()));
        kind.addValueChangeListener(e -> offerParents());
        parent.setLabel(getTranslation("org.parent"));
        parent.setId("org-parent");
        parent.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        parent.setClearButtonVisible(true);
        var form = new FormLayout(code, name, kind, parent);
        EditorDialogs.twoColumns(form);
        add(form);
        EditorDialogs.cancelAndSave(this, "org-save", this::save);
    }

    void create() {
        setHeaderTitle(getTranslation("org.new"));
        code.setReadOnly(false);
        editedCode = null;
        fill("", "", OrgUnitKind.TEAM, null);
        open();
    }

    void edit(OrgUnitDetails unit) {
        setHeaderTitle(getTranslation("org.edit", unit.name()));
        code.setReadOnly(true);
        editedCode = unit.code();
        fill(unit.code(), unit.name(), unit.kind(), unit.parentCode());
        open();
    }

    private void fill(String unitCode, String unitName, OrgUnitKind unitKind, String parentCode) {
        errors.clear();
        units = org.allUnits();
        code.setValue(unitCode);
        name.setValue(unitName);
        kind.setValue(unitKind);
        offerParents();
        parent.setValue(units.stream().filter(u -> u.code().equals(parentCode)).findFirst().orElse(null));
    }

    private void offerParents() {
        OrgUnitKind parentKind = kind.getValue() == null ? null : kind.getValue().parentKind();
        OrgUnitDetails current = parent.getValue();
        List<OrgUnitDetails> candidates = units.stream()
                .filter(u -> u.kind() == parentKind && !u.code().equals(editedCode)).toList();
        parent.setItems(candidates);
        parent.setValue(candidates.contains(current) ? current : null);
        parent.setEnabled(parentKind != null);
        parent.setRequiredIndicatorVisible(parentKind != null);
        parent.setHelperText(parentKind == null ? getTranslation("org.parent.none") : null);
    }

    private void save() {
        var change = new OrgUnitChange(code.getValue(), name.getValue(), kind.getValue(),
                parent.getValue() == null ? null : parent.getValue().code());
        EditorDialogs.saveAndClose(this, errors, () -> {
            OrgUnitDetails saved = org.save(change);
            Notifications.success(getTranslation("org.saved", saved.name()));
        }, onSaved);
    }

}
