package com.touchpoint.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.Map;

/**
 * The parts of the OpenAPI description every operation shares: title and overview, the bearer scheme, the
 * scope each operation needs (from {@link ApiScopeRules}) and the problem+json error answers. Controllers
 * only describe what is their own: summaries, examples and their particular error codes.
 */
@Configuration
class OpenApiConfig {

    static final String BEARER = "bearer";
    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private static final String OVERVIEW = """
            How other systems work with Touchpoint: the survey platform delivers callbacks, the HR system \
            keeps the staff directory and org units in step, BI tools read indicators and team climate.

            **Authentication.** Send `Authorization: Bearer <token>`. Administrators create tokens on the \
            *API tokens* page; each carries scopes (`org:write`, `callbacks:write`, `indicators:read`, \
            `incentives:run`, `incentives:export`, `climate:read`) and can be revoked. No token or an unknown or revoked token: \
            401. A token without the scope an operation needs: 403. Each operation names its scope.

            **Errors.** Every 4xx and 5xx answer is `application/problem+json` (RFC 9457) with a readable \
            `detail`; invalid fields are listed in `errors` with the field named. Malformed JSON, unknown \
            fields or enum values and wrong types (text or a fraction where a whole number belongs) are 400 \
            naming the field, e.g. `[3].answers.ATTITUDE`. An unknown path is 404, a wrong method 405 with \
            `Allow`. A request that collides with a simultaneous one creating the same record is 409 and can \
            be sent again. While the database cannot be reached, or when a request was rolled back because the \
            database was busy with a simultaneous change to the same records (a lock wait timeout or a deadlock), \
            the answer is 503 with `Retry-After`: send the same request again after that many seconds. Nothing is \
            half-written: a request stores what its answer says or nothing.

            **Idempotency.** `PUT` creates or updates, so repeating it is harmless. Callbacks are idempotent \
            by `externalId`: a record identical to a stored one counts as a duplicate and changes nothing, a \
            different record under a stored `externalId` is rejected as a conflict, also when two deliveries \
            with the same records arrive at once.""";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid request: malformed JSON, a wrong type or an invalid field, named in `detail` and `errors`.",
            "401", "No token, or an unknown or revoked one.",
            "403", "The token lacks the scope this operation needs.",
            "503", "The database cannot be reached (title *Database unavailable*) or was busy with a simultaneous "
                    + "change to the same records (title *Database busy*); nothing was stored. Send the same request "
                    + "again after `Retry-After` seconds.");

    @Bean
    OpenAPI touchpointOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Touchpoint REST API").version("1").description(OVERVIEW))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token created on the API tokens page (shown once).")));
    }

    @Bean
    OpenApiCustomizer scopesAndProblems() {
        return openApi -> {
            // Added here rather than on the OpenAPI bean: springdoc drops schemas nothing references yet.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                    (method, operation) -> describe(HttpMethod.valueOf(method.name()), path, operation)));
        };
    }

    private static void describe(HttpMethod method, String path, Operation operation) {
        ApiScopeRules.scopeFor(method, path).ifPresent(scope -> {
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER, scope));
            String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(description + "Requires a token with the scope `" + scope + "`.");
        });
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        ERRORS.forEach((code, description) -> responses.putIfAbsent(code, new ApiResponse().description(description)));
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details.")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("What was wrong, readable by a person.")
                        .example("Field '[0].answers.ATTITUDE' has the invalid value '3.7': expected a whole number."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/callbacks"))
                .addProperty("errors", new ArraySchema().description("Each invalid field, where there are any.")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema().example("teamCode"))
                                .addProperty("message", new StringSchema().example("Unknown team T-NOWHERE"))));
    }
}
