package com.touchpoint.security;

import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a TLS-terminating proxy (server.forward-headers-strategy=native): the proxy's headers are believed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native",
                "touchpoint.api.bootstrap-token=" + TouchpointTest.BOOTSTRAP_TOKEN})
class ProxiedSessionCookieTests {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void the_session_cookie_is_secure_when_the_proxy_forwarded_https() throws Exception {
        var answer = get("/login", "X-Forwarded-Proto", "https");
        assertThat(sessionCookies(answer)).singleElement()
                .satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void the_session_cookie_is_not_secure_over_plain_http() throws Exception {
        var answer = get("/login");
        assertThat(sessionCookies(answer)).singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void a_sign_in_is_audited_with_the_client_address_the_proxy_forwarded() throws Exception {
        String username = "proxied" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(username, "测试用户", "Correct#Horse1", null,
                Set.of(Role.QUALITY), Set.of(), true)));
        String page = get("/login", "X-Forwarded-For", "203.0.113.7").body();
        String form = meta(page, "_csrf_parameter") + "=" + URLEncoder.encode(meta(page, "_csrf"), StandardCharsets.UTF_8)
                + "&username=" + username + "&password=" + URLEncoder.encode("Correct#Horse1", StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        var history = TestAccess.asAdmin(() -> audit.historyOf("UserAccount", username));
        assertThat(history).extracting(AuditLogEntry::getAction).containsExactly("CREATE", "SIGN_IN");
        assertThat(history.get(1).getAfterState()).contains("\"remoteAddress\":\"203.0.113.7\"");
    }

    private static String meta(String html, String name) {
        Matcher meta = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(meta.find()).as("meta " + name).isTrue();
        return meta.group(1);
    }
}
