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
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

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
                .authorizeHttpRequests(a -> {
                    ApiScopeRules.RULES.forEach(rule -> {
                        String authority = ApiScopes.authority(rule.scope());
                        a.requestMatchers(rule.method(), rule.pattern()).hasAuthority(authority);
                        if (rule.method() == HttpMethod.GET) {
                            // MVC answers HEAD with the GET handler, so it needs the same scope.
                            a.requestMatchers(HttpMethod.HEAD, rule.pattern()).hasAuthority(authority);
                        }
                    });
                    // Any other path or method needs a valid token too; the API then answers 404 or 405.
                    a.anyRequest().authenticated();
                })
                .build();
    }

    /** Paths the firewall refuses (encoded '%', ';', '/', '..') get a 400 instead of an error page or a login. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return new ProblemResponses(json).rejected();
    }

    /**
     * Tomcat would refuse an encoded slash itself with an HTML page; passing it through lets the firewall
     * refuse it with the API's problem answer.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashToFirewall() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
