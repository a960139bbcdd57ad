package com.touchpoint.security;

import com.touchpoint.shared.ApiScopes;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Optional;

/**
 * Which scope each API operation needs (API.md): the one table both the filter chain enforces and the
 * OpenAPI description states, so the two cannot drift apart.
 */
final class ApiScopeRules {

    record Rule(HttpMethod method, String pattern, String scope) {
        boolean matches(HttpMethod method, String path) {
            return this.method.equals(method)
                    && PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.PUT, "/api/v1/org-units/*", ApiScopes.ORG_WRITE),
            new Rule(HttpMethod.PUT, "/api/v1/staff/*", ApiScopes.ORG_WRITE),
            new Rule(HttpMethod.POST, "/api/v1/callbacks", ApiScopes.CALLBACKS_WRITE),
            new Rule(HttpMethod.GET, "/api/v1/staff/*/indicators", ApiScopes.INDICATORS_READ),
            new Rule(HttpMethod.GET, "/api/v1/teams/*/indicators", ApiScopes.INDICATORS_READ),
            new Rule(HttpMethod.GET, "/api/v1/teams/*/climate", ApiScopes.CLIMATE_READ));

    private ApiScopeRules() {
    }

    /** The scope for an OpenAPI path template such as {@code /api/v1/staff/{employeeNo}/indicators}. */
    static Optional<String> scopeFor(HttpMethod method, String pathTemplate) {
        String path = pathTemplate.replaceAll("\\{[^}/]+}", "x");
        return RULES.stream().filter(r -> r.matches(method, path)).map(Rule::scope).findFirst();
    }
}
