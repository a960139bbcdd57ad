package com.touchpoint.security.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.security.ApiTokenDetails;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensViewTests extends KaribuTest {

    @Autowired
    ApiTokens tokens;

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenDetails> grid() {
        return _get(Grid.class, spec -> spec.withId("token-grid"));
    }

    private int rowOf(String name) {
        Grid<ApiTokenDetails> grid = grid();
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    private ApiTokenDetails token(String name) {
        return tokens.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_tokens_secret_is_shown_once() {
        login("admin1");
        UI.getCurrent().navigate(ApiTokensView.class);
        _click(_get(Button.class, spec -> spec.withId("token-new")));
        _get(TextField.class, spec -> spec.withId("token-name")).setValue("view test export");
        _get(CheckboxGroup.class, spec -> spec.withId("token-scopes"))
                .setValue(Set.of(ApiScopes.INCENTIVES_EXPORT, ApiScopes.INDICATORS_READ));
        _click(_get(Button.class, spec -> spec.withId("token-create")));

        TextField secret = _get(TextField.class, spec -> spec.withId("token-secret"));
        assertThat(secret.getValue()).startsWith("tp_");
        assertThat(secret.isReadOnly()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-secret-warning")).getText()).isNotBlank();
        ApiTokenDetails stored = token("view test export");
        assertThat(secret.getValue()).startsWith(stored.prefix());
        assertThat(stored.scopes()).containsExactly(ApiScopes.INDICATORS_READ, ApiScopes.INCENTIVES_EXPORT);
        assertThat(_getFormattedRow(grid(), rowOf("view test export"))).contains(stored.prefix() + "…");

        _click(_get(Button.class, spec -> spec.withId("token-done")));
        assertThat(secret.getValue()).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).isEmpty();
    }

    @Test
    void a_token_needs_a_scope() {
        login("admin1");
        UI.getCurrent().navigate(ApiTokensView.class);
        _click(_get(Button.class, spec -> spec.withId("token-new")));
        _get(TextField.class, spec -> spec.withId("token-name")).setValue("view test no scope");
        _click(_get(Button.class, spec -> spec.withId("token-create")));

        assertThat(_get(CheckboxGroup.class, spec -> spec.withId("token-scopes")).isInvalid()).isTrue();
        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).isEmpty();
        assertThat(tokens.list()).extracting(ApiTokenDetails::name).doesNotContain("view test no scope");
    }

    @Test
    void revoking_asks_first() {
        login("admin1");
        tokens.create("view test revoke", List.of(ApiScopes.ORG_WRITE));
        UI.getCurrent().navigate(ApiTokensView.class);

        _click((Button) _getCellComponent(grid(), rowOf("view test revoke"), "revoke"));
        assertThat(token("view test revoke").active()).isTrue();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("token-revoke-confirm"));
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("取消");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("吊销");
        _fireConfirm(confirm);

        assertThat(token("view test revoke").active()).isFalse();
        assertThat(_getCellComponent(grid(), rowOf("view test revoke"), "revoke")).isNotInstanceOf(Button.class);
    }
}
