package com.touchpoint.staff;

import com.touchpoint.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Locks an account for a while after repeated wrong passwords, and clears the count on success. Every
 * sign-in, failed sign-in and lockout is logged and audited with the remote address, never the password.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final String ENTITY = "UserAccount";

    private final UserAccountRepository accounts;
    private final SecurityProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, SecurityProperties properties, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token)) {
            return;
        }
        String username = printable(token.getName());
        String address = remoteAddress(token);
        Optional<UserAccount> account = accounts.findByUsername(token.getName());
        String reason = account.isEmpty() ? "UNKNOWN_USER" : reason(event.getException());
        log.warn("Failed sign-in as {} from {}: {}", username, address, reason);
        audit.recordAs(username, "SIGN_IN_FAILED", ENTITY, username, null, state(address, "reason", reason));
        if (event instanceof AuthenticationFailureBadCredentialsEvent && account.isPresent()) {
            UserAccount a = account.get();
            Instant now = clock.instant();
            Instant until = now.plus(properties.lockoutDuration());
            a.recordFailedLogin(properties.maxFailedLogins(), until);
            if (a.isLockedAt(now)) {
                log.warn("Account {} locked until {} after {} failed sign-ins, the last from {}", username, until,
                        properties.maxFailedLogins(), address);
                audit.recordAs(username, "LOCK", ENTITY, username, null, state(address, "lockedUntil", until.toString()));
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            String username = printable(token.getName());
            String address = remoteAddress(token);
            accounts.findByUsername(token.getName()).ifPresent(UserAccount::recordSuccessfulLogin);
            log.info("Signed in: {} from {}", username, address);
            audit.recordAs(username, "SIGN_IN", ENTITY, username, null, state(address, null, null));
        }
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof LockedException) {
            return "LOCKED";
        }
        if (e instanceof DisabledException) {
            return "DISABLED";
        }
        return "BAD_CREDENTIALS";
    }

    private static String remoteAddress(UsernamePasswordAuthenticationToken token) {
        return token.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    private static Map<String, String> state(String address, String key, String value) {
        var state = new LinkedHashMap<String, String>();
        state.put("remoteAddress", address);
        if (key != null) {
            state.put(key, value);
        }
        return state;
    }

    /** A typed username goes into logs as one line of at most 80 printable characters. */
    private static String printable(String username) {
        String clean = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 80 ? clean : clean.substring(0, 79) + "…";
    }
}
