package com.touchpoint.shared;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs start-up and scheduled work (demo data, nightly jobs) as a named system actor, so that the
 * services' access checks and the audit log apply to it like to any other caller; and work a user started that
 * runs on in a job as that user ({@link #onBehalfOf}).
 */
public final class SystemActor {

    /**
     * Held by every system actor and by no user or API token (their authorities are roles and scopes): what only
     * the system itself may do, such as finding whom to notify, checks for it.
     */
    public static final String AUTHORITY = "SYSTEM";

    /**
     * The actor running on this thread. Kept beside the security context because inside a page request Vaadin's
     * security context comes from the user's session, so switching the context there does not change who acts.
     */
    private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    private SystemActor() {
    }

    /** Whether system work runs on this thread (inside {@link #run} or {@link #call}). */
    public static boolean acting() {
        return ACTING.get() != null;
    }

    public static void run(String name, Runnable work, String... authorities) {
        call(name, () -> {
            work.run();
            return null;
        }, authorities);
    }

    /**
     * Carries on work that a user started and the system took over off the user's request (a run handed to the job
     * store, possibly recovered on another node): as that user, named as they are, with the authorities the work was
     * started with and nothing more. Not system work: neither {@link #AUTHORITY} nor {@link #acting()}, so what only
     * the system may do stays refused, and the audit log names the user.
     */
    public static <T> T onBehalfOf(String username, Supplier<T> work, Collection<String> authorities) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                authorities.stream().filter(a -> !AUTHORITY.equals(a)).map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        String previousActor = ACTING.get();
        ACTING.remove();
        try {
            return work.get();
        } finally {
            ACTING.set(previousActor);
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs {@code work} as the system actor {@code name} and returns its result. */
    public static <T> T call(String name, Supplier<T> work, String... authorities) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:" + name, null,
                Stream.concat(Stream.of(AUTHORITY), Arrays.stream(authorities)).map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        String previousActor = ACTING.get();
        ACTING.set(name);
        try {
            return work.get();
        } finally {
            ACTING.set(previousActor);
            SecurityContextHolder.setContext(previous);
        }
    }
}
