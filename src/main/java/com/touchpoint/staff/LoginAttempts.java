package com.touchpoint.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Locks an account for a while after repeated wrong passwords, and clears the count on success. */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            accounts.findByUsername(token.getName()).ifPresent(account -> account.recordFailedLogin(
                    properties.maxFailedLogins(), clock.instant().plus(properties.lockoutDuration())));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            accounts.findByUsername(token.getName()).ifPresent(UserAccount::recordSuccessfulLogin);
        }
    }
}
