package com.touchpoint.layout;

import com.touchpoint.shared.DatabaseUnavailable;
import com.touchpoint.shared.TouchpointException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the user is told about a failure. A known refusal is shown in the user's language; anything else is
 * logged with its stack trace under a short id that the user can quote, and only that id is shown.
 */
public final class UserErrors {

    private static final Logger log = LoggerFactory.getLogger(UserErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserErrors() {
    }

    /** Logs an unexpected failure and returns the id under which it was logged. */
    public static String logUnexpected(Throwable failure) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().withUpperCase().formatHex(bytes);
        log.error("Unexpected error {}", id, failure);
        return id;
    }

    /** The application's own refusal behind a failure, if there is one (it may be wrapped by the framework). */
    static Optional<TouchpointException> known(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TouchpointException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The database could not be reached: nothing to log with a stack trace, nothing the user did wrong. */
    static boolean databaseUnavailable(Throwable failure) {
        if (!DatabaseUnavailable.causedBy(failure)) {
            return false;
        }
        log.warn("A page or action failed because the database is not reachable: {}", failure.toString());
        return true;
    }

    /** A refusal by the access policy, possibly wrapped by the framework. */
    static boolean denied(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.security.access.AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
