package com.touchpoint.staff;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/** Runs test set-up code as an administrator, then restores the test's own user. */
public final class TestAccess {

    private TestAccess() {
    }

    public static <T> T asAdmin(Supplier<T> action) {
        return as("admin1", action, "ROLE_ADMIN");
    }

    public static <T> T as(String username, Supplier<T> action, String... authorities) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                java.util.Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
