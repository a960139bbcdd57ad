package com.touchpoint.dashboard.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.dashboard.AdminOverview;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AdminHomeTests extends KaribuTest {

    @Autowired
    AdminOverview overview;
    @Autowired
    UserAccounts accounts;

    @Test
    void an_administrator_sees_the_number_of_accounts_of_the_overview() {
        login("admin1");
        UI.getCurrent().navigate("");
        long count = TestAccess.asAdmin(overview::figures).accounts();
        assertThat(_get(Span.class, spec -> spec.withId("admin-accounts")).getText()).contains(String.valueOf(count));
    }

    /** HomeView falls back to the admin home for a user without any other home: it must stay empty for them. */
    @Test
    void a_user_without_a_home_of_their_own_sees_no_administration_figures() {
        String username = "nohome" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(username, "无主页", "Nohome#2026", null,
                Set.of(Role.STAFF), Set.of(), true)));
        login(username);
        UI.getCurrent().navigate("");
        assertThat(_find(AdminHome.class)).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withId("admin-accounts"))).isEmpty();
    }
}
