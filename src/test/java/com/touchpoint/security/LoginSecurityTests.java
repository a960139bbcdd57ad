package com.touchpoint.security;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccountDetails;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in over real HTTP: sessions, lockout, and the separation of UI sessions and the API. */
@TouchpointTest
class LoginSecurityTests {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private String newUser(String password) {
        String username = "lock" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(username, "测试用户", password, null,
                Set.of(Role.QUALITY), Set.of(), true)));
        return username;
    }

    private UserAccountDetails account(String username) {
        return TestAccess.asAdmin(() -> accounts.search(username, PageRequest.of(0, 1)).get(0));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() throws Exception {
        var answer = get("/staff");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void health_is_public_and_shows_only_the_status() throws Exception {
        var answer = get("/actuator/health");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
    }

    @Test
    void signing_in_gives_a_new_session_id_and_the_session_does_not_open_the_api() throws Exception {
        get("/login");
        String before = sessionId();
        var answer = login("staff1", "Demo#2026");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(get("/").statusCode()).isEqualTo(200);

        var api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff/E10004"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void a_bearer_token_does_not_open_the_ui() throws Exception {
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff"))
                .header("Authorization", "Bearer " + TouchpointTest.BOOTSTRAP_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        String username = newUser("Correct#Horse1");
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "wrong-password").headers().firstValue("Location").orElse("")).contains("error");
        }
        assertThat(account(username).locked()).isTrue();
        assertThat(login(username, "Correct#Horse1").headers().firstValue("Location").orElse("")).contains("error");

        TestAccess.asAdmin(() -> accounts.unlock(account(username).id()));
        assertThat(login(username, "Correct#Horse1").headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void a_successful_login_resets_the_failure_count() throws Exception {
        String username = newUser("Correct#Horse1");
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password");
        }
        login(username, "Correct#Horse1");
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password");
        }
        assertThat(account(username).locked()).isFalse();
    }

    @Test
    void passwords_shorter_than_eight_characters_are_refused() {
        assertThatThrownBy(() -> newUser("Short#1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("password"));
    }

    @Test
    void only_admins_manage_accounts() {
        var change = new UserAccountChange("sneaky", "x", "Long#enough1", null, Set.of(Role.ADMIN), Set.of(), true);
        assertThatThrownBy(() -> TestAccess.as("hr1", () -> accounts.create(change), "ROLE_HR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("hr1", () -> accounts.search("", PageRequest.of(0, 10)), "ROLE_HR"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String username = newUser("Correct#Horse1");
        String hash = jdbc.queryForObject("select password_hash from staff_user_account where username = ?",
                String.class, username);
        assertThat(hash).startsWith("$2a$").doesNotContain("Correct#Horse1");
    }
}
