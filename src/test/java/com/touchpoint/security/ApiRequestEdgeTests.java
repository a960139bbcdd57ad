package com.touchpoint.security;

import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.TestAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no endpoint answers: paths the firewall refuses, unknown paths and wrong methods, each answered
 * over real HTTP as application/problem+json under /api and never as a login redirect or a server error page.
 */
@TouchpointTest
class ApiRequestEdgeTests {

    static final String TOKEN = TouchpointTest.BOOTSTRAP_TOKEN;
    static final String PERIOD = "?from=2026-10-01&to=2026-10-31";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private static void assertReadableProblem(ApiClient.Response answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.detail()).isNotBlank().doesNotContain("Exception").doesNotContain("org.springframework")
                .doesNotContain("potentially malicious");
    }

    @Test
    void an_encoded_semicolon_in_an_api_path_is_a_400_problem() {
        var answer = api.raw("GET", "/api/v1/staff/E1%3B/indicators" + PERIOD, TOKEN);
        assertReadableProblem(answer, 400);
        assertThat(answer.detail()).contains("path");
    }

    @Test
    void an_encoded_percent_in_an_api_path_is_a_400_problem_even_without_a_token() {
        assertReadableProblem(api.raw("GET", "/api/v1/staff/E1%25/indicators" + PERIOD, TOKEN), 400);
        assertReadableProblem(api.raw("GET", "/api/v1/staff/E1%25/indicators" + PERIOD, null), 400);
    }

    @Test
    void an_encoded_slash_after_dots_in_an_api_path_is_a_400_problem() {
        var answer = api.raw("PUT", "/api/v1/staff/..%2FE10004", TOKEN);
        assertReadableProblem(answer, 400);
    }

    @Test
    void a_refused_ui_path_is_a_plain_400_without_internals_not_a_login_redirect() {
        var answer = api.raw("GET", "/team%3Bx", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.location()).isEmpty();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("malicious").doesNotContain("Tomcat");
    }

    @Test
    void an_unknown_api_path_without_a_token_is_a_401_problem() {
        var answer = api.get("/api/v1/nothing-here", null);
        assertReadableProblem(answer, 401);
    }

    @Test
    void an_unknown_api_path_with_a_token_is_a_404_problem() {
        var answer = api.get("/api/v1/nothing-here", TOKEN);
        assertReadableProblem(answer, 404);
        assertThat(answer.detail()).contains("/api/v1/nothing-here");
        assertReadableProblem(api.get("/api/v2/callbacks", TOKEN), 404);
    }

    @Test
    void a_get_on_the_callbacks_endpoint_is_a_405_problem_allowing_post() {
        var answer = api.get("/api/v1/callbacks", TOKEN);
        assertReadableProblem(answer, 405);
        assertThat(answer.allow()).containsExactly("POST");
        assertThat(answer.detail()).contains("GET");
    }

    @Test
    void a_delete_of_a_staff_member_is_a_405_problem_allowing_put() {
        var answer = api.send("DELETE", "/api/v1/staff/E10004", TOKEN);
        assertReadableProblem(answer, 405);
        assertThat(answer.allow()).containsExactly("PUT");
    }

    @Test
    void head_on_indicators_needs_the_same_scope_as_get() {
        String writer = TestAccess.asAdmin(() -> tokens.create("ivr-" + UUID.randomUUID(),
                List.of(ApiScopes.CALLBACKS_WRITE))).secret();
        assertThat(api.send("HEAD", "/api/v1/staff/E10004/indicators" + PERIOD, writer).status()).isEqualTo(403);
        assertThat(api.send("HEAD", "/api/v1/staff/E10004/indicators" + PERIOD, TOKEN).status()).isEqualTo(200);
    }

    @Test
    void a_wrong_method_without_a_token_is_still_a_401_problem() {
        assertReadableProblem(api.send("DELETE", "/api/v1/staff/E10004", null), 401);
    }
}
