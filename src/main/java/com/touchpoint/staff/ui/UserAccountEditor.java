package com.touchpoint.staff.ui;

import com.touchpoint.layout.EditorDialogs;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.Notifications;
import com.touchpoint.shared.Pages;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffFilter;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccountDetails;
import com.touchpoint.staff.UserAccounts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.Sort;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A dialog to create or edit one account; on edit an empty password keeps the current one. */
class UserAccountEditor extends Dialog {

    private final FieldErrors errors;
    private final UserAccounts accounts;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final Runnable onSaved;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<StaffDetails> staff = new ComboBox<>();
    private final MultiSelectComboBox<OrgUnitDetails> teams = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private UserAccountDetails edited;

    UserAccountEditor(UserAccounts accounts, StaffDirectory directory, OrgStructure org, Runnable onSaved) {
        errors = new FieldErrors(Map.of("username", username, "displayName", displayName,
                "password", password, "roles", roles, "staffId", staff, "supervisedTeamIds", teams));
        this.accounts = accounts;
        this.directory = directory;
        this.org = org;
        this.onSaved = onSaved;
        setId("user-editor");
        setWidth("40em");
        setMaxWidth("100%");
        username.setLabel(getTranslation("user.username"));
        username.setId("user-username");
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setId("user-display-name");
        displayName.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("user.password"));
        password.setId("user-password");
        roles.setLabel(getTranslation("user.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setRequiredIndicatorVisible(true);
        configureStaff();
        teams.setLabel(getTranslation("user.teams"));
        teams.setId("user-teams");
        teams.setItemLabelGenerator(t -> t.name() + " (" + t.code() + ")");
        teams.setHelperText(getTranslation("user.teams.helper"));
        teams.setClearButtonVisible(true);
        enabled.setLabel(getTranslation("user.enabled"));
        enabled.setId("user-enabled");
        var form = new FormLayout(username, displayName, password, staff, roles, teams, enabled);
        EditorDialogs.twoColumns(form);
        form.setColspan(roles, 2);
        form.setColspan(teams, 2);
        add(form);
        EditorDialogs.cancelAndSave(this, "user-save", this::save);
    }

    private void configureStaff() {
        staff.setLabel(getTranslation("user.staff"));
        staff.setId("user-staff");
        staff.setItemLabelGenerator(s -> s.name() + " (" + s.employeeNo() + ")");
        staff.setClearButtonVisible(true);
        staff.setItems(query -> directory.search(new StaffFilter(query.getFilter().orElse(""), null, null, null),
                Pages.of(query, Sort.by("name"))).stream());
    }

    void create() {
        edited = null;
        setHeaderTitle(getTranslation("user.new"));
        username.setReadOnly(false);
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("user.password.helper", UserAccounts.MIN_PASSWORD_LENGTH));
        fill("", "", Set.of(Role.STAFF), null, Set.of(), true);
        open();
    }

    void edit(UserAccountDetails account) {
        edited = account;
        setHeaderTitle(getTranslation("user.edit", account.username()));
        username.setReadOnly(true);
        password.setRequiredIndicatorVisible(false);
        password.setHelperText(getTranslation("user.password.keep"));
        fill(account.username(), account.displayName(), account.roles(), account.staffId(),
                account.supervisedTeamIds(), account.enabled());
        open();
    }

    private void fill(String name, String display, Set<Role> accountRoles, Long staffId, Set<Long> teamIds,
                      boolean isEnabled) {
        errors.clear();
        List<OrgUnitDetails> allTeams = org.teams();
        username.setValue(name);
        displayName.setValue(display);
        password.clear();
        roles.setValue(accountRoles);
        staff.setValue(staffId == null ? null : directory.find(staffId).orElse(null));
        teams.setItems(allTeams);
        teams.setValue(allTeams.stream().filter(t -> teamIds.contains(t.id())).collect(Collectors.toSet()));
        enabled.setValue(isEnabled);
    }

    private void save() {
        var change = new UserAccountChange(username.getValue(), displayName.getValue(),
                password.getValue().isEmpty() ? null : password.getValue(),
                staff.getValue() == null ? null : staff.getValue().id(), Set.copyOf(roles.getValue()),
                teams.getValue().stream().map(OrgUnitDetails::id).collect(Collectors.toSet()), enabled.getValue());
        EditorDialogs.saveAndClose(this, errors, () -> {
            UserAccountDetails saved = edited == null ? accounts.create(change) : accounts.update(edited.id(), change);
            Notifications.success(getTranslation("user.saved", saved.username()));
        }, onSaved);
    }

}
