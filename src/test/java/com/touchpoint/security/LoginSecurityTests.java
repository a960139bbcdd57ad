package com.touchpoint.security;

import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.audit.AuditLogEntry;
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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the login page does: with the CSRF token from the page's meta tags. */
    private HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        String page = get("/login").body();
        String form = metaContent(page, "_csrf_parameter") + "=" + URLEncoder.encode(metaContent(page, "_csrf"),
                StandardCharsets.UTF_8) + "&" + credentials(username, password);
        return post(form, Map.of());
    }

    private HttpResponse<String> post(String form, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String credentials(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private static String metaContent(String html, String name) {
        Matcher meta = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(meta.find()).as("meta " + name + " on the login page").isTrue();
        return meta.group(1);
    }

    private boolean signedIn() throws IOException, InterruptedException {
        return get("/").statusCode() == 200;
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
    void weak_passwords_are_refused_when_an_account_is_created_or_its_password_reset() throws Exception {
        String username = "weak" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        assertThatThrownBy(() -> TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(username, "x",
                "My" + username.toUpperCase() + "#1", null, Set.of(Role.QUALITY), Set.of(), true))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0))
                        .extracting(p -> p.field() + " " + p.messageKey())
                        .isEqualTo("password user.password.contains-username"));
        String existing = newUser("Correct#Horse1");
        long id = account(existing).id();
        for (var weak : Map.of("woaini1314", "user.password.common", "          ", "user.password.blank",
                existing + "2026", "user.password.contains-username").entrySet()) {
            assertThatThrownBy(() -> TestAccess.asAdmin(() -> accounts.update(id, new UserAccountChange(existing,
                    "测试用户", weak.getKey(), null, Set.of(Role.QUALITY), Set.of(), true))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(weak.getValue()));
        }
        assertThat(storedHashMatches(existing, "Correct#Horse1")).isTrue();
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
    void new_passwords_are_stored_as_pbkdf2_hashes() {
        String username = newUser("Correct#Horse1");
        assertThat(storedHash(username)).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain("Correct#Horse1");
    }

    @Test
    void a_login_post_without_the_csrf_token_signs_nobody_in() throws Exception {
        get("/login");
        var answer = post(credentials("staff1", "Demo#2026"), Map.of());
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(signedIn()).isFalse();
        assertThat(get("/").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void a_cross_site_login_post_signs_nobody_in() throws Exception {
        var answer = post(credentials("staff1", "Demo#2026") + "&_csrf=forged",
                Map.of("Origin", "https://attacker.example", "Referer", "https://attacker.example/"));
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(signedIn()).isFalse();
        assertThat(get("/").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void the_token_of_one_session_does_not_sign_in_another() throws Exception {
        String page = get("/login").body();
        String form = metaContent(page, "_csrf_parameter") + "=" + URLEncoder.encode(metaContent(page, "_csrf"),
                StandardCharsets.UTF_8) + "&" + credentials("staff1", "Demo#2026");
        cookies.getCookieStore().removeAll();
        post(form, Map.of());
        assertThat(signedIn()).isFalse();
    }

    @Test
    void a_hundred_ascii_characters_or_sixty_four_chinese_characters_work_as_a_password() throws Exception {
        String ascii = "Tq7#vLm2".repeat(13).substring(0, 100);
        String chinese = "春眠不觉晓处处闻啼鸟".repeat(7).substring(0, 64);
        for (String password : new String[] {ascii, chinese}) {
            String username = newUser(password);
            cookies.getCookieStore().removeAll();
            assertThat(login(username, password).headers().firstValue("Location").orElse("")).doesNotContain("error");
            assertThat(signedIn()).as(password).isTrue();
        }
    }

    @Test
    void a_legacy_bcrypt_hash_still_signs_in_and_is_upgraded_to_pbkdf2() throws Exception {
        String username = newUser("Correct#Horse1");
        jdbc.update("update staff_user_account set password_hash = ? where username = ?",
                new BCryptPasswordEncoder().encode("Correct#Horse1"), username);

        assertThat(login(username, "Correct#Horse1").headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signedIn()).isTrue();
        assertThat(storedHash(username)).startsWith("{pbkdf2@SpringSecurity_v5_8}");

        cookies.getCookieStore().removeAll();
        assertThat(login(username, "Correct#Horse1").headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signedIn()).isTrue();
    }

    @Test
    void a_password_too_long_for_bcrypt_against_a_legacy_hash_is_just_wrong() throws Exception {
        String username = newUser("Correct#Horse1");
        String bcrypt = new BCryptPasswordEncoder().encode("Correct#Horse1");
        jdbc.update("update staff_user_account set password_hash = ? where username = ?", bcrypt, username);

        assertThat(passwordEncoder.matches("Correct#Horse1" + "x".repeat(100), bcrypt)).isFalse();
        var answer = login(username, "Correct#Horse1" + "x".repeat(100));
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(signedIn()).isFalse();
        assertThat(storedHash(username)).isEqualTo(bcrypt);
    }

    @Test
    void a_locked_account_and_a_wrong_password_get_the_same_answer() throws Exception {
        String username = newUser("Correct#Horse1");
        var wrong = login(username, "wrong-password");
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-password");
        }
        assertThat(account(username).locked()).isTrue();
        var locked = login(username, "Correct#Horse1");
        var unknown = login("nobody" + username, "wrong-password");
        assertThat(locked.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(unknown.statusCode());
        assertThat(locked.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"))
                .isEqualTo(unknown.headers().firstValue("Location"));
    }

    @Test
    void sign_ins_failures_lockouts_and_unlocks_are_audited_with_the_address_but_never_the_password() throws Exception {
        String username = newUser("Correct#Horse1");
        login(username, "Correct#Horse1");
        cookies.getCookieStore().removeAll();
        for (int i = 0; i < 5; i++) {
            login(username, "wrong-Password" + i);
        }
        login(username, "Correct#Horse1");
        TestAccess.asAdmin(() -> accounts.unlock(account(username).id()));

        var history = TestAccess.asAdmin(() -> audit.historyOf("UserAccount", username));
        assertThat(history).extracting(AuditLogEntry::getAction).containsExactly("CREATE", "SIGN_IN",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "LOCK",
                "SIGN_IN_FAILED", "UNLOCK");
        AuditLogEntry signIn = history.get(1);
        assertThat(signIn.getActor()).isEqualTo(username);
        assertThat(signIn.getAfterState()).containsAnyOf("\"remoteAddress\":\"127.0.0.1\"",
                "\"remoteAddress\":\"0:0:0:0:0:0:0:1\"");
        assertThat(history.get(2).getAfterState()).contains("BAD_CREDENTIALS");
        assertThat(history.get(8).getAfterState()).contains("LOCKED");
        assertThat(history.get(9).getActor()).isEqualTo("admin1");
        assertThat(history).allSatisfy(entry -> {
            assertThat(String.valueOf(entry.getBeforeState()) + entry.getAfterState())
                    .doesNotContain("Correct#Horse1").doesNotContain("wrong-Password");
        });
    }

    @Test
    void a_failed_sign_in_as_an_unknown_user_is_audited() throws Exception {
        String username = "ghost" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        login(username, "Whatever#2026");
        var history = TestAccess.asAdmin(() -> audit.historyOf("UserAccount", username));
        assertThat(history).extracting(AuditLogEntry::getAction).containsExactly("SIGN_IN_FAILED");
        assertThat(history.get(0).getAfterState()).contains("UNKNOWN_USER").doesNotContain("Whatever#2026");
    }

    @Test
    void without_proxy_settings_forwarded_headers_are_ignored() throws Exception {
        String username = newUser("Correct#Horse1");
        String page = get("/login").body();
        String form = metaContent(page, "_csrf_parameter") + "=" + URLEncoder.encode(metaContent(page, "_csrf"),
                StandardCharsets.UTF_8) + "&" + credentials(username, "Correct#Horse1");
        var answer = post(form, Map.of("X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https"));

        assertThat(answer.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        var history = TestAccess.asAdmin(() -> audit.historyOf("UserAccount", username));
        assertThat(history.get(history.size() - 1).getAfterState()).doesNotContain("203.0.113.7");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var answer = get("/login");
        assertThat(answer.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax")
                        .doesNotContain("Secure"));
    }

    @Test
    void the_session_id_never_appears_in_a_url() throws Exception {
        // a refused sign-in stores its failure in a new session; a client without the cookie yet gets the redirect
        var fresh = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var answer = fresh.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials("staff1", "wrong"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/login")
                .doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void ui_pages_carry_a_content_security_policy_and_a_referrer_policy() throws Exception {
        var answer = get("/login");
        assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'")
                .doesNotContain("*");
        assertThat(answer.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private boolean storedHashMatches(String username, String password) {
        return passwordEncoder.matches(password, storedHash(username));
    }

    private String storedHash(String username) {
        return jdbc.queryForObject("select password_hash from staff_user_account where username = ?",
                String.class, username);
    }
}
