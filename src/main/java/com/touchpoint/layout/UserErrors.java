package com.touchpoint.layout;

import com.touchpoint.shared.DatabaseBusy;
import com.touchpoint.shared.DatabaseUnavailable;
import com.touchpoint.shared.TouchpointException;
import com.vaadin.flow.component.UI;
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

    /**
     * A lock wait that timed out or a deadlock: the action was rolled back and will most likely succeed when tried
     * again, so there is no stack trace to log and no error id to show.
     */
    static boolean databaseBusy(Throwable failure) {
        if (DatabaseUnavailable.causedBy(failure) || !DatabaseBusy.causedBy(failure)) {
            return false;
        }
        log.warn("A page or action was rolled back on a lock wait timeout or a deadlock: {}", failure.toString());
        return true;
    }

    /**
     * The notice for a failure in an action: a known refusal, the database being unreachable or busy, a refusal by
     * the access policy, or else an unexpected error with the id under which it was logged.
     */
    static String notice(Throwable failure, UI ui) {
        var known = known(failure);
        if (known.isPresent()) {
            return Notifications.describe(known.get());
        }
        if (databaseUnavailable(failure)) {
            return ui.getTranslation("error.database.notice");
        }
        if (databaseBusy(failure)) {
            return ui.getTranslation("error.busy.notice");
        }
        if (denied(failure)) {
            return ui.getTranslation("error.denied");
        }
        return ui.getTranslation("error.unexpected.notice", logUnexpected(failure));
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
