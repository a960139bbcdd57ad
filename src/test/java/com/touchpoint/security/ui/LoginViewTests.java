package com.touchpoint.security.ui;

import com.touchpoint.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTests extends KaribuTest {

    private String errorShownAfter(AuthenticationException failure) {
        ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void a_locked_or_disabled_account_shows_the_same_message_as_a_wrong_password() {
        login("staff1", Locale.ENGLISH);
        List<String> shown = new ArrayList<>();
        for (var failure : List.of(new BadCredentialsException("x"), new LockedException("x"), new DisabledException("x"))) {
            shown.add(errorShownAfter(failure));
        }
        assertThat(shown.get(0)).contains(UI.getCurrent().getTranslation("login.error.credentials"));
        assertThat(shown).containsOnly(shown.get(0));
    }
}
