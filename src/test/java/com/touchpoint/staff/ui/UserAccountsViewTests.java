package com.touchpoint.staff.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccountDetails;
import com.touchpoint.staff.UserAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UserAccountsViewTests extends KaribuTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    AuditLog audit;

    @SuppressWarnings("unchecked")
    private Grid<UserAccountDetails> grid() {
        return _get(Grid.class, spec -> spec.withId("user-grid"));
    }

    private void search(String text) {
        _get(TextField.class, spec -> spec.withId("user-search")).setValue(text);
    }

    private UserAccountDetails account(String username) {
        return accounts.search(username, PageRequest.of(0, 10)).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private UserAccountDetails createAccount(String username) {
        return accounts.create(new UserAccountChange(username, "Test " + username, "Secret#2026", null,
                Set.of(Role.STAFF), Set.of(), true));
    }

    @Test
    void searching_narrows_the_accounts() {
        login("admin1");
        UI.getCurrent().navigate(UserAccountsView.class);
        search("hr");
        Grid<UserAccountDetails> grid = grid();
        var usernames = java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).username())
                .toList();
        assertThat(usernames).contains("hr1", "hr2").doesNotContain("admin1", "staff1").isSorted();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_account_gets_its_roles_and_linked_staff_member() {
        login("admin1");
        UI.getCurrent().navigate(UserAccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _get(TextField.class, spec -> spec.withId("user-username")).setValue("view.new1");
        _get(TextField.class, spec -> spec.withId("user-display-name")).setValue("新账号");
        _get(PasswordField.class, spec -> spec.withId("user-password")).setValue("Secret#2026");
        _get(CheckboxGroup.class, spec -> spec.withId("user-roles")).setValue(Set.of(Role.STAFF, Role.QUALITY));
        _get(ComboBox.class, spec -> spec.withId("user-staff")).setValue(directory.byEmployeeNo("E10100"));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        UserAccountDetails stored = account("view.new1");
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.QUALITY);
        assertThat(stored.staffId()).isEqualTo(directory.byEmployeeNo("E10100").id());
        assertThat(stored.enabled()).isTrue();
    }

    @Test
    void a_new_account_needs_a_long_enough_password() {
        login("admin1", Locale.ENGLISH);
        UI.getCurrent().navigate(UserAccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _get(TextField.class, spec -> spec.withId("user-username")).setValue("view.short");
        _get(TextField.class, spec -> spec.withId("user-display-name")).setValue("Short");
        _get(PasswordField.class, spec -> spec.withId("user-password")).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("8");
        assertThat(accounts.count("view.short")).isZero();
    }

    @Test
    void the_dialog_names_why_a_password_is_refused_next_to_the_field() {
        login("admin1", Locale.ENGLISH);
        UI.getCurrent().navigate(UserAccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _get(TextField.class, spec -> spec.withId("user-username")).setValue("view.weak");
        _get(TextField.class, spec -> spec.withId("user-display-name")).setValue("Weak");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        password.setValue("woaini1314");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("user.password.common"));

        password.setValue("Secret#view.weak");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(password.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("user.password.contains-username"));
        assertThat(accounts.count("view.weak")).isZero();
    }

    @Test
    void a_password_of_sixty_four_chinese_characters_is_saved_and_the_dialog_closes() {
        login("admin1");
        UI.getCurrent().navigate(UserAccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _get(TextField.class, spec -> spec.withId("user-username")).setValue("view.long");
        _get(TextField.class, spec -> spec.withId("user-display-name")).setValue("长密码");
        _get(PasswordField.class, spec -> spec.withId("user-password"))
                .setValue("春眠不觉晓处处闻啼鸟".repeat(7).substring(0, 64));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
        assertThat(account("view.long").username()).isEqualTo("view.long");
    }

    @Test
    @SuppressWarnings("unchecked")
    void only_supervisors_may_be_given_teams() {
        login("admin1");
        createAccount("view.teams");
        UI.getCurrent().navigate(UserAccountsView.class);
        search("view.teams");
        _clickItem(grid(), 0, 0, false, false, false, false);
        MultiSelectComboBox<com.touchpoint.staff.OrgUnitDetails> teams =
                _get(MultiSelectComboBox.class, spec -> spec.withId("user-teams"));
        teams.setValue(Set.of(org.unit("T-WEST-2").orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(teams.isInvalid()).isTrue();
        assertThat(account("view.teams").supervisedTeamIds()).isEmpty();
    }

    @Test
    void editing_without_a_password_keeps_the_current_one() {
        login("admin1");
        createAccount("view.edit");
        UI.getCurrent().navigate(UserAccountsView.class);
        search("view.edit");
        _clickItem(grid(), 0, 0, false, false, false, false);
        assertThat(_get(TextField.class, spec -> spec.withId("user-username")).isReadOnly()).isTrue();
        _get(TextField.class, spec -> spec.withId("user-display-name")).setValue("改过的名字");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(account("view.edit").displayName()).isEqualTo("改过的名字");
        var history = audit.historyOf("UserAccount", "view.edit");
        assertThat(history.get(history.size() - 1).getAction()).isEqualTo("UPDATE");
    }

    @Test
    void a_locked_account_can_be_unlocked_from_the_list() {
        login("admin1");
        createAccount("view.locked");
        for (int i = 0; i < 5; i++) {
            context.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated("view.locked", "wrong"),
                    new BadCredentialsException("wrong")));
        }
        assertThat(account("view.locked").locked()).isTrue();
        UI.getCurrent().navigate(UserAccountsView.class);
        search("view.locked");

        _click((Button) _getCellComponent(grid(), 0, "locked"));

        assertThat(account("view.locked").locked()).isFalse();
        assertThat(_getCellComponent(grid(), 0, "locked")).isNotInstanceOf(Button.class);
    }

    @Test
    void hr_is_refused_the_accounts() {
        login("hr1");
        assertShowsNotFound(() -> UI.getCurrent().navigate(UserAccountsView.class));
        assertThat(_find(UserAccountsView.class)).isEmpty();
    }
}
