package com.touchpoint.security.ui;

import com.touchpoint.layout.FieldErrors;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.security.CreatedApiToken;
import com.touchpoint.shared.ApiScopes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;
import java.util.Map;

/**
 * Creates a token in two steps: name and scopes, then the secret. The secret is only stored as a hash,
 * so this dialog is the one chance to copy it; it is dropped from the page when the dialog closes.
 */
class ApiTokenCreator extends Dialog {

    private final ApiTokens tokens;
    private final Runnable onCreated;
    private final TextField name = new TextField();
    private final CheckboxGroup<String> scopes = new CheckboxGroup<>();
    private final FormLayout form;
    private final VerticalLayout secretPanel = new VerticalLayout();
    private final TextField secret = new TextField();
    private final Button cancel = new Button();
    private final Button create = new Button();
    private final Button done = new Button();

    ApiTokenCreator(ApiTokens tokens, Runnable onCreated) {
        this.tokens = tokens;
        this.onCreated = onCreated;
        setId("token-creator");
        setWidth("36em");
        setMaxWidth("100%");
        name.setLabel(getTranslation("token.name"));
        name.setId("token-name");
        name.setRequiredIndicatorVisible(true);
        scopes.setLabel(getTranslation("token.scopes"));
        scopes.setId("token-scopes");
        scopes.setItems(ApiScopes.ALL);
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setRequiredIndicatorVisible(true);
        form = new FormLayout(name, scopes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, secretPanel());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> close());
        create.setText(getTranslation("token.create"));
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        done.setText(getTranslation("common.close"));
        done.setId("token-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> close());
        getFooter().add(cancel, create, done);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                secret.clear();
            }
        });
    }

    private VerticalLayout secretPanel() {
        var warning = new Paragraph(getTranslation("token.secret.warning"));
        warning.setId("token-secret-warning");
        warning.addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR, LumoUtility.Padding.SMALL,
                LumoUtility.BorderRadius.MEDIUM);
        secret.setLabel(getTranslation("token.secret"));
        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(getTranslation("token.secret.copy-hint"));
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        var copy = new Button(getTranslation("token.copy"), VaadinIcon.COPY.create());
        copy.setId("token-copy");
        // Copied in the browser, inside the click itself: the clipboard refuses writes that are not a user gesture.
        // Registered on every attach because the dialog's elements are recreated each time it opens.
        copy.addAttachListener(e -> copy.getElement().executeJs(
                "this.addEventListener('click', () => navigator.clipboard.writeText($0.value))", secret.getElement()));
        secretPanel.add(warning, secret, copy);
        secretPanel.setPadding(false);
        return secretPanel;
    }

    void start() {
        setHeaderTitle(getTranslation("token.new"));
        name.clear();
        scopes.clear();
        name.setInvalid(false);
        scopes.setInvalid(false);
        showSecretStep(false);
        open();
    }

    private void showSecretStep(boolean secretStep) {
        form.setVisible(!secretStep);
        cancel.setVisible(!secretStep);
        create.setVisible(!secretStep);
        secretPanel.setVisible(secretStep);
        done.setVisible(secretStep);
        // Closing by a stray click or Escape would lose a secret the admin has not copied yet.
        setCloseOnOutsideClick(!secretStep);
        setCloseOnEsc(!secretStep);
    }

    private void create() {
        var errors = new FieldErrors(Map.of("name", name, "scopes", scopes));
        errors.attempt(() -> {
            CreatedApiToken created = tokens.create(name.getValue(), List.copyOf(scopes.getValue()));
            setHeaderTitle(getTranslation("token.created.title", created.token().name()));
            secret.setValue(created.secret());
            showSecretStep(true);
            onCreated.run();
        });
    }
}
