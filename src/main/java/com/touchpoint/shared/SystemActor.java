package com.touchpoint.shared;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;

/**
 * Runs start-up and scheduled work (demo data, nightly jobs) as a named system actor, so that the
 * services' access checks and the audit log apply to it like to any other caller.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static void run(String name, Runnable work, String... authorities) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:" + name, null,
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
