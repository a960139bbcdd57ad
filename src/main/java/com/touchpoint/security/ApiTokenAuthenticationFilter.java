package com.touchpoint.security;

import com.touchpoint.shared.ApiScopes;
import com.touchpoint.shared.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/** Authenticates {@code Authorization: Bearer <token>} against stored tokens and the bootstrap token. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ApiProperties properties;
    private final ProblemResponses problems;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenAuthenticationFilter(ApiTokens tokens, ApiProperties properties, ProblemResponses problems) {
        this.tokens = tokens;
        this.properties = properties;
        this.problems = problems;
        this.entryPoint = problems.unauthorized();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(BEARER.length()).strip();
        Optional<UsernamePasswordAuthenticationToken> auth;
        try {
            auth = authenticate(secret);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // Stored tokens live in the database; without it the token can be neither accepted nor refused.
            problems.databaseUnavailable(request, response);
            return;
        }
        if (auth.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid or revoked token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<UsernamePasswordAuthenticationToken> authenticate(String secret) {
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        if (properties.hasBootstrapToken() && MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), properties.bootstrapToken().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(authentication("api:bootstrap", ApiScopes.ALL));
        }
        return tokens.authenticate(secret).map(t -> authentication("api:" + t.name(), t.scopes()));
    }

    private static UsernamePasswordAuthenticationToken authentication(String name, List<String> scopes) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                scopes.stream().map(s -> new SimpleGrantedAuthority(ApiScopes.authority(s))).toList());
    }
}
