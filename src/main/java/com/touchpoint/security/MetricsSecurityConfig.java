package com.touchpoint.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.shared.ApiScopes;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' metrics ({@code /actuator/prometheus}, also on a separate management port) take an API token
 * with the scope {@code metrics:read}, like the REST API: 401 without a token, 403 without the scope. Kept
 * apart from {@link SecurityConfig} so the API and UI chains can change without touching it.
 */
@Configuration
class MetricsSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http, ApiTokens tokens, ApiProperties properties, ObjectMapper json)
            throws Exception {
        return SecurityConfig.bearerTokens(http.securityMatcher(EndpointRequest.to("prometheus")), tokens, properties, json)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(ApiScopes.authority(ApiScopes.METRICS_READ)))
                .build();
    }
}
