package com.touchpoint.staff.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.PostDetails;
import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;

/** A dialog to create or edit one staff member; the service's validation messages appear on the fields. */
class StaffEditor extends Dialog {

    private final FieldErrors errors;
    private final StaffDirectory directory;
    private final Runnable onSaved;
    private final TextField employeeNo = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<PostDetails> post = new ComboBox<>();
    private final ComboBox<OrgUnitDetails> team = new ComboBox<>();
    private final DatePicker hireDate = ComponentTexts.datePicker(new DatePicker());
    private final Checkbox active = new Checkbox();
    private final List<PostDetails> posts;
    private final List<OrgUnitDetails> teams;

    StaffEditor(StaffDirectory directory, OrgStructure org, Runnable onSaved) {
        errors = new FieldErrors(Map.of("employeeNo", employeeNo, "name", name, "post", post,
                "teamCode", team, "hireDate", hireDate));
        this.directory = directory;
        this.onSaved = onSaved;
        this.posts = org.posts();
        this.teams = org.teams();
        setId("staff-editor");
        employeeNo.setLabel(getTranslation("staff.employee-no"));
        employeeNo.setId("staff-employee-no");
        employeeNo.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("staff.name"));
        name.setId("staff-name");
        name.setRequiredIndicatorVisible(true);
        post.setLabel(getTranslation("staff.post"));
        post.setItems(posts);
        post.setItemLabelGenerator(p -> p.name(getLocale()));
        team.setLabel(getTranslation("staff.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(t -> t.name() + " (" + t.code() + ")");
        hireDate.setLabel(getTranslation("staff.hire-date"));
        active.setLabel(getTranslation("staff.active"));
        var form = new FormLayout(employeeNo, name, post, team, hireDate, active);
        EditorDialogs.twoColumns(form);
        add(form);
        EditorDialogs.cancelAndSave(this, "staff-save", this::save);
    }

    void create() {
        setHeaderTitle(getTranslation("staff.new"));
        employeeNo.setReadOnly(false);
        fill("", "", null, null, null, true);
        open();
    }

    void edit(StaffDetails staff) {
        setHeaderTitle(getTranslation("staff.edit", staff.name()));
        employeeNo.setReadOnly(true);
        fill(staff.employeeNo(), staff.name(), staff.postCode(), staff.teamCode(), staff.hireDate(), staff.active());
        open();
    }

    private void fill(String no, String staffName, String postCode, String teamCode, java.time.LocalDate hired,
                      boolean isActive) {
        errors.clear();
        employeeNo.setValue(no);
        name.setValue(staffName);
        post.setValue(posts.stream().filter(p -> p.code().equals(postCode)).findFirst().orElse(null));
        team.setValue(teams.stream().filter(t -> t.code().equals(teamCode)).findFirst().orElse(null));
        hireDate.setValue(hired);
        active.setValue(isActive);
    }

    private void save() {
        var change = new StaffChange(employeeNo.getValue(), name.getValue(),
                post.getValue() == null ? null : post.getValue().code(),
                team.getValue() == null ? null : team.getValue().code(), hireDate.getValue(), active.getValue());
        EditorDialogs.saveAndClose(this, errors, () -> {
            StaffDetails saved = directory.save(change);
            Notifications.success(getTranslation("staff.saved", saved.name()));
        }, onSaved);
    }

}
