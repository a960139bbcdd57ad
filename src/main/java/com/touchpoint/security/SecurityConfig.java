package com.touchpoint.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.security.ui.LoginView;
import com.touchpoint.shared.ApiScopes;
import com.vaadin.flow.spring.security.RequestUtil;
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
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.util.Map;
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

    static final String PASSWORD_ENCODING = "pbkdf2@SpringSecurity_v5_8";

    /**
     * What the UI may load: Vaadin's bootstrap needs inline scripts and styles, its client runs the server's
     * JavaScript calls through new Function() ('unsafe-eval'), its icons are data: and blob: images.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /**
     * New hashes are PBKDF2, which has no length limit (bcrypt silently needs passwords under 72 bytes).
     * Hashes stored without an {id} prefix are the earlier bcrypt ones; they still match and are upgraded
     * at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = new DelegatingPasswordEncoder(PASSWORD_ENCODING, Map.of(
                PASSWORD_ENCODING, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new LegacyBcrypt()));
        encoder.setDefaultPasswordEncoderForMatches(new LegacyBcrypt());
        return encoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiProperties properties, ObjectMapper json)
            throws Exception {
        return bearerTokens(http.securityMatcher("/api/**"), tokens, properties, json)
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

    /**
     * A stateless chain signed in only by an API token: no session, no CSRF (no cookie is ever read), and
     * problem+json for a missing or bad token (401) and a missing scope (403).
     */
    static HttpSecurity bearerTokens(HttpSecurity http, ApiTokens tokens, ApiProperties properties, ObjectMapper json)
            throws Exception {
        var problems = new ProblemResponses(json);
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, properties, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()));
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
    SecurityFilterChain uiChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        // Vaadin exempts the login page from CSRF, so a foreign site could sign a victim in as the attacker.
        // Its LoginForm sends the token from the page's _csrf meta tags; only Vaadin's own requests, which
        // carry Vaadin's security key, stay exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /** bcrypt for hashes stored before PBKDF2; a password too long for bcrypt simply does not match. */
    private static final class LegacyBcrypt implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            try {
                return bcrypt.matches(rawPassword, encodedPassword);
            } catch (IllegalArgumentException tooLong) {
                return false;
            }
        }
    }
}
