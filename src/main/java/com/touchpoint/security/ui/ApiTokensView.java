package com.touchpoint.security.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.security.ApiTokenDetails;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.Roles;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.shared.OperatorTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.ZoneId;

/** Tokens that integrations use for the REST API: create one (its secret is shown once) or revoke it. */
@Route(value = "admin/api-tokens", layout = MainLayout.class)
@Menu(title = "nav.api-tokens", order = 70, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final ZoneId zone;
    private final Grid<ApiTokenDetails> grid = new Grid<>(ApiTokenDetails.class, false);
    private final ConfirmDialog revokeConfirm = new ConfirmDialog();
    private ApiTokenDetails toRevoke;

    ApiTokensView(ApiTokens tokens, OperatorTime operatorTime) {
        this.tokens = tokens;
        this.zone = operatorTime.zone();
        setSizeFull();
        addClassName("api-tokens-view");
        var creator = new ApiTokenCreator(tokens, this::refresh);
        var create = new Button(getTranslation("token.new"), VaadinIcon.PLUS.create(), e -> creator.start());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("token-new");
        configureGrid();
        configureRevokeConfirm();
        add(create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("token-grid");
        ComponentTexts.emptyState(grid, "token.empty");
        // scopes wrap: a token carrying every scope must not widen a phone's grid cell past the screen
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApiTokenDetails::name).setHeader(getTranslation("token.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("token.prefix")).setAutoWidth(true);
        grid.addColumn(t -> String.join(", ", t.scopes())).setHeader(getTranslation("token.scopes"))
                .setWidth("16em").setFlexGrow(0);
        grid.addColumn(ApiTokenDetails::createdBy).setHeader(getTranslation("token.created-by")).setAutoWidth(true);
        grid.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("token.created-at")).setAutoWidth(true);
        grid.addColumn(t -> time(t.lastUsedAt())).setHeader(getTranslation("token.last-used")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::status)).setKey("status")
                .setHeader(getTranslation("token.status")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::revokeButton)).setKey("revoke").setAutoWidth(true)
                .setFlexGrow(0);
    }

    private Component status(ApiTokenDetails token) {
        var badge = new Span(getTranslation(token.active() ? "token.status.active" : "token.status.revoked"));
        badge.getElement().getThemeList().add(token.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component revokeButton(ApiTokenDetails token) {
        if (!token.active()) {
            return new Span();
        }
        var revoke = new Button(getTranslation("token.revoke"), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setId("token-revoke-" + token.id());
        return revoke;
    }

    private void configureRevokeConfirm() {
        revokeConfirm.setId("token-revoke-confirm");
        ComponentTexts.confirmDialog(revokeConfirm, "token.revoke.title", "token.revoke");
        revokeConfirm.setConfirmButtonTheme("error primary");
        revokeConfirm.addConfirmListener(e -> revoke());
    }

    private void confirmRevoke(ApiTokenDetails token) {
        toRevoke = token;
        revokeConfirm.setText(getTranslation("token.revoke.text", token.name()));
        revokeConfirm.open();
    }

    void revoke() {
        try {
            ApiTokenDetails revoked = tokens.revoke(toRevoke.id());
            Notifications.success(getTranslation("token.revoked", revoked.name()));
        } catch (TouchpointException e) {
            Notifications.refused(e);
        }
        refresh();
    }

    private String time(Instant instant) {
        return instant == null ? getTranslation("common.empty")
                : Formats.dateTime(instant, zone);
    }

    private void refresh() {
        // Tokens are a handful per installation, so the service lists them all.
        grid.setItems(tokens.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.api-tokens") + " | " + getTranslation("app.name");
    }
}
