package com.touchpoint.staff.api;

import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@TouchpointTest
class OrgUnitApiTests {

    static final String TOKEN = TouchpointTest.BOOTSTRAP_TOKEN;

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditLog audit;
    ApiClient api;
    String suffix;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void creates_and_updates_a_branch_and_a_team_and_audits_both() {
        var created = api.put("/api/v1/org-units/BR-" + suffix, TOKEN,
                "{\"name\": \"南城分公司\", \"parentCode\": \"RG-CITY\", \"kind\": \"BRANCH\"}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("code").asText()).isEqualTo("BR-" + suffix);
        assertThat(created.json().path("parentCode").asText()).isEqualTo("RG-CITY");

        var team = api.put("/api/v1/org-units/T-" + suffix, TOKEN,
                "{\"name\": \"南城营业厅一班\", \"parentCode\": \"BR-" + suffix + "\", \"kind\": \"TEAM\"}");
        assertThat(team.status()).isEqualTo(200);
        var renamed = api.put("/api/v1/org-units/T-" + suffix, TOKEN,
                "{\"name\": \"南城营业厅二班\", \"parentCode\": \"BR-" + suffix + "\", \"kind\": \"TEAM\"}");
        assertThat(renamed.json().path("name").asText()).isEqualTo("南城营业厅二班");

        var history = TestAccess.asAdmin(() -> audit.historyOf("OrgUnit", "T-" + suffix));
        assertThat(history).extracting(e -> e.getAction()).containsExactly("CREATE", "UPDATE");
        assertThat(history.get(1).getActor()).isEqualTo("api:bootstrap");
        assertThat(history.get(1).getBeforeState()).contains("南城营业厅一班");
        assertThat(history.get(1).getAfterState()).contains("南城营业厅二班");
    }

    @Test
    void no_token_gets_401_problem() {
        var answer = api.put("/api/v1/org-units/X1", null, "{\"name\": \"x\", \"kind\": \"REGION\"}");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("Bearer");
    }

    @Test
    void an_unknown_token_gets_401() {
        var answer = api.put("/api/v1/org-units/X1", "tp_not-a-real-token", "{\"name\": \"x\", \"kind\": \"REGION\"}");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void a_token_without_the_scope_gets_403_and_a_revoked_token_401() {
        var created = TestAccess.asAdmin(() -> tokens.create("bi-" + suffix, List.of(ApiScopes.INDICATORS_READ)));
        var body = "{\"name\": \"x\", \"kind\": \"REGION\"}";
        var forbidden = api.put("/api/v1/org-units/RG-" + suffix, created.secret(), body);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.isProblem()).isTrue();

        var writer = TestAccess.asAdmin(() -> tokens.create("hr-" + suffix, List.of(ApiScopes.ORG_WRITE)));
        assertThat(api.put("/api/v1/org-units/RG-" + suffix, writer.secret(), body).status()).isEqualTo(200);
        TestAccess.asAdmin(() -> tokens.revoke(writer.token().id()));
        assertThat(api.put("/api/v1/org-units/RG-" + suffix, writer.secret(), body).status()).isEqualTo(401);
    }

    @Test
    void malformed_json_is_a_400_naming_the_position() {
        var answer = api.put("/api/v1/org-units/X-" + suffix, TOKEN, "{\"name\": \"x\", ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).containsIgnoringCase("json");
    }

    @Test
    void an_unknown_kind_is_a_400_naming_the_field_and_the_allowed_values() {
        var answer = api.put("/api/v1/org-units/X-" + suffix, TOKEN, "{\"name\": \"x\", \"kind\": \"DISTRICT\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("kind").contains("DISTRICT").contains("TEAM");
    }

    @Test
    void a_numeric_kind_is_refused() {
        var answer = api.put("/api/v1/org-units/X-" + suffix, TOKEN, "{\"name\": \"x\", \"kind\": 1}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("kind");
    }

    @Test
    void an_unknown_field_is_a_400_naming_it() {
        var answer = api.put("/api/v1/org-units/X-" + suffix, TOKEN,
                "{\"name\": \"x\", \"kind\": \"REGION\", \"colour\": \"red\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("colour");
    }

    @Test
    void missing_name_and_kind_are_both_named() {
        var answer = api.put("/api/v1/org-units/X-" + suffix, TOKEN, "{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "kind");
    }

    @Test
    void a_code_with_invalid_characters_is_refused() {
        var answer = api.put("/api/v1/org-units/bad%20code!", TOKEN, "{\"name\": \"x\", \"kind\": \"REGION\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("code");
    }

    @Test
    void a_region_cannot_have_a_parent() {
        var answer = api.put("/api/v1/org-units/RG-" + suffix, TOKEN,
                "{\"name\": \"x\", \"kind\": \"REGION\", \"parentCode\": \"RG-CITY\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("parentCode");
    }

    @Test
    void a_team_needs_an_existing_branch_as_parent() {
        var missing = api.put("/api/v1/org-units/T-" + suffix, TOKEN, "{\"name\": \"x\", \"kind\": \"TEAM\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.detail()).contains("parent");
        var unknown = api.put("/api/v1/org-units/T-" + suffix, TOKEN,
                "{\"name\": \"x\", \"kind\": \"TEAM\", \"parentCode\": \"NOPE-" + suffix + "\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.detail()).contains("NOPE-" + suffix);
        var wrongKind = api.put("/api/v1/org-units/T-" + suffix, TOKEN,
                "{\"name\": \"x\", \"kind\": \"TEAM\", \"parentCode\": \"RG-CITY\"}");
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.detail()).contains("RG-CITY").contains("Region").contains("Branch");
    }

    @Test
    void a_team_with_staff_cannot_become_a_branch() {
        var answer = api.put("/api/v1/org-units/T-WEST-1", TOKEN,
                "{\"name\": \"x\", \"kind\": \"BRANCH\", \"parentCode\": \"RG-CITY\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("T-WEST-1");
    }

    @Test
    void a_name_over_100_characters_is_refused() {
        var answer = api.put("/api/v1/org-units/RG-" + suffix, TOKEN,
                "{\"name\": \"" + "长".repeat(101) + "\", \"kind\": \"REGION\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("name").contains("100");
    }

    @Test
    void a_non_json_content_type_is_refused_as_a_problem() {
        var answer = api.put("/api/v1/org-units/RG-" + suffix, TOKEN, "name=x", "text/plain");
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void the_openapi_description_lists_the_endpoints() {
        var answer = api.get("/v3/api-docs", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("/api/v1/org-units/{code}").contains("/api/v1/staff/{employeeNo}");
    }

    @Test
    void a_parent_code_with_invalid_characters_is_refused_by_its_format_naming_the_field() {
        var answer = api.put("/api/v1/org-units/T-" + suffix, TOKEN,
                "{\"name\": \"x\", \"kind\": \"TEAM\", \"parentCode\": \"BR WEST!\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors")).singleElement().satisfies(error -> {
            assertThat(error.path("field").asText()).isEqualTo("parentCode");
            assertThat(error.path("message").asText())
                    .isEqualTo("Field parentCode may contain only letters, digits, '-' and '_'");
        });
    }

    @Test
    void an_overlong_name_is_refused_with_its_limit() {
        var answer = api.put("/api/v1/org-units/X-" + suffix, TOKEN,
                "{\"name\": \"" + "x".repeat(101) + "\", \"kind\": \"REGION\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("message").asText())
                .isEqualTo("Field name has at most 100 characters");
    }
}
