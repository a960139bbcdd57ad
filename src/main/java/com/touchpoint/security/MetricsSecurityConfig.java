package com.touchpoint.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.shared.ApiScopes;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

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
        var problems = new ProblemResponses(json);
        return http.securityMatcher(EndpointRequest.to("prometheus"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, properties, problems.unauthorized()),
                        UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(ApiScopes.authority(ApiScopes.METRICS_READ)))
                .build();
    }
}
