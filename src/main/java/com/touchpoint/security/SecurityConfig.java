package com.touchpoint.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.security.ui.LoginView;
import com.touchpoint.shared.ApiScopes;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two filter chains: the REST API (stateless, bearer tokens with scopes, problem+json errors) and the
 * Vaadin UI (form login, session). Neither accepts the other's credentials.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiProperties properties, ObjectMapper json)
            throws Exception {
        var problems = new ProblemResponses(json);
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, properties, problems.unauthorized()),
                        UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.PUT, "/api/v1/org-units/*", "/api/v1/staff/*")
                        .hasAuthority(ApiScopes.authority(ApiScopes.ORG_WRITE))
                        .requestMatchers(HttpMethod.POST, "/api/v1/callbacks")
                        .hasAuthority(ApiScopes.authority(ApiScopes.CALLBACKS_WRITE))
                        .requestMatchers(HttpMethod.GET, "/api/v1/staff/*/indicators", "/api/v1/teams/*/indicators")
                        .hasAuthority(ApiScopes.authority(ApiScopes.INDICATORS_READ))
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
