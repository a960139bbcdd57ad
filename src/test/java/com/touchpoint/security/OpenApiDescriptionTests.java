package com.touchpoint.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /v3/api-docs is a description an integrator can build a client from. */
@TouchpointTest
class OpenApiDescriptionTests {

    @LocalServerPort
    int port;
    JsonNode docs;

    @BeforeEach
    void setUp() {
        var answer = new ApiClient(port).get("/v3/api-docs", null);
        assertThat(answer.status()).isEqualTo(200);
        docs = answer.json();
    }

    /** Every operation under /api/v1 as "METHOD path" with its node. */
    private List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith("/api/v1/")) {
                operations.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    @Test
    void the_description_has_a_title_a_version_and_an_overview_of_authentication_errors_and_idempotency() {
        assertThat(docs.path("info").path("title").asText()).isEqualTo("Touchpoint REST API");
        assertThat(docs.path("info").path("version").asText()).isEqualTo("1");
        assertThat(docs.path("info").path("description").asText()).contains("Bearer").contains("scope")
                .contains("problem+json").contains("externalId");
    }

    @Test
    void the_bearer_scheme_is_declared() {
        JsonNode scheme = docs.path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void every_operation_has_a_summary_its_scope_and_problem_answers_for_400_and_401() {
        List<Map.Entry<String, JsonNode>> operations = operations();
        assertThat(operations).extracting(Map.Entry::getKey).contains("POST /api/v1/callbacks",
                "PUT /api/v1/staff/{employeeNo}", "PUT /api/v1/org-units/{code}",
                "GET /api/v1/staff/{employeeNo}/indicators", "GET /api/v1/teams/{teamCode}/indicators",
                "GET /api/v1/teams/{teamCode}/climate");
        for (Map.Entry<String, JsonNode> operation : operations) {
            JsonNode op = operation.getValue();
            assertThat(op.path("summary").asText()).as(operation.getKey()).isNotBlank();
            assertThat(op.path("operationId").asText()).as(operation.getKey()).matches("[a-z]+[A-Z][A-Za-z]+");
            assertThat(op.path("responses").path("200").path("content").has("application/json"))
                    .as(operation.getKey()).isTrue();
            JsonNode scopes = op.path("security").path(0).path("bearer");
            assertThat(scopes.size()).as(operation.getKey()).isEqualTo(1);
            assertThat(op.path("description").asText()).as(operation.getKey()).contains(scopes.get(0).asText());
            for (String code : List.of("400", "401", "403")) {
                assertThat(op.path("responses").path(code).path("content").path("application/problem+json")
                        .path("schema").path("$ref").asText()).as(operation.getKey() + " " + code)
                        .isEqualTo("#/components/schemas/ProblemDetail");
            }
        }
    }

    @Test
    void each_operation_states_the_scope_the_filter_chain_enforces() {
        Map<String, String> expected = Map.of(
                "POST /api/v1/callbacks", "callbacks:write",
                "PUT /api/v1/staff/{employeeNo}", "org:write",
                "PUT /api/v1/org-units/{code}", "org:write",
                "GET /api/v1/staff/{employeeNo}/indicators", "indicators:read",
                "GET /api/v1/teams/{teamCode}/indicators", "indicators:read",
                "GET /api/v1/teams/{teamCode}/climate", "climate:read");
        for (Map.Entry<String, JsonNode> operation : operations()) {
            assertThat(operation.getValue().path("security").path(0).path("bearer").path(0).asText())
                    .as(operation.getKey()).isEqualTo(expected.get(operation.getKey()));
        }
    }

    @Test
    void the_problem_schema_and_the_particular_error_answers_are_described() {
        JsonNode problem = docs.path("components").path("schemas").path("ProblemDetail").path("properties");
        assertThat(problem.has("detail")).isTrue();
        assertThat(problem.has("status")).isTrue();
        assertThat(problem.has("errors")).isTrue();
        JsonNode callbacks = docs.path("paths").path("/api/v1/callbacks").path("post").path("responses");
        assertThat(callbacks.path("413").path("content").has("application/problem+json")).isTrue();
        JsonNode staff = docs.path("paths").path("/api/v1/staff/{employeeNo}").path("put").path("responses");
        assertThat(staff.path("409").path("content").has("application/problem+json")).isTrue();
        JsonNode indicators = docs.path("paths").path("/api/v1/teams/{teamCode}/indicators").path("get").path("responses");
        assertThat(indicators.path("404").path("content").has("application/problem+json")).isTrue();
    }

    @Test
    void the_callbacks_post_carries_the_example_delivery_of_the_contract() {
        JsonNode examples = docs.path("paths").path("/api/v1/callbacks").path("post").path("requestBody")
                .path("content").path("application/json").path("examples");
        String example = examples.elements().next().path("value").toString();
        assertThat(example).contains("\"externalId\":\"CB-2026-000001\"").contains("STANDARD-2026");
    }

    @Test
    void the_fallback_for_unknown_paths_is_not_described() {
        assertThat(docs.path("paths").has("/api/**")).isFalse();
    }
}
