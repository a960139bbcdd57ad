package com.touchpoint.staff.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.shared.Pages;
import com.touchpoint.shared.Roles;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.UserAccountDetails;
import com.touchpoint.staff.UserAccounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

import java.util.stream.Collectors;

/** User accounts with their roles; admins create and edit them and unlock accounts locked by failed sign-ins. */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(title = "nav.users", order = 60, icon = "vaadin:user-card")
@RolesAllowed(Roles.ADMIN)
class UserAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccounts accounts;
    private final Grid<UserAccountDetails> grid = new Grid<>(UserAccountDetails.class, false);
    private final TextField search = new TextField();

    UserAccountsView(UserAccounts accounts, StaffDirectory directory, OrgStructure org) {
        this.accounts = accounts;
        setSizeFull();
        addClassName("user-accounts-view");
        var editor = new UserAccountEditor(accounts, directory, org, this::refresh);
        var create = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> editor.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("user-new");
        search.setPlaceholder(getTranslation("user.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        search.addValueChangeListener(e -> refresh());
        var bar = new FlexLayout(create, search);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        configureGrid();
        grid.addItemClickListener(e -> editor.edit(e.getItem()));
        add(bar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("user-grid");
        ComponentTexts.emptyState(grid, "user.empty");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserAccountDetails::username).setHeader(getTranslation("user.username"))
                .setSortProperty("username").setAutoWidth(true).setFrozen(true);
        grid.addColumn(UserAccountDetails::displayName).setHeader(getTranslation("user.display-name"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("user.roles")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("user.enabled")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::lockState)).setKey("locked")
                .setHeader(getTranslation("user.locked")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> accounts.search(search.getValue(), Pages.of(query, Sort.by("username"))).stream(),
                query -> (int) accounts.count(search.getValue()));
    }

    private Component lockState(UserAccountDetails account) {
        if (!account.locked()) {
            return new Span(getTranslation("common.no"));
        }
        var unlock = new Button(getTranslation("user.unlock"), VaadinIcon.UNLOCK.create(), e -> unlock(account));
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        unlock.setId("user-unlock-" + account.username());
        return unlock;
    }

    void unlock(UserAccountDetails account) {
        try {
            accounts.unlock(account.id());
            Notifications.success(getTranslation("user.unlocked", account.username()));
        } catch (TouchpointException e) {
            Notifications.refused(e);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | " + getTranslation("app.name");
    }
}
