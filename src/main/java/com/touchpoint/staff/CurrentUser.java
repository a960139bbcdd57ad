package com.touchpoint.staff;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.Set;

/** The signed-in user as the domain sees them: roles from the login, staff link and teams from the database. */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;

    public CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? Optional.empty() : Optional.ofNullable(auth.getName());
    }

    public boolean hasRole(Role role) {
        return hasAuthority(role.authority());
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasAuthority(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        for (GrantedAuthority granted : auth.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> account() {
        return username().flatMap(accounts::findByUsername);
    }

    @Transactional(readOnly = true)
    public Optional<Long> staffId() {
        return account().flatMap(UserAccount::getStaffId);
    }

    @Transactional(readOnly = true)
    public Set<Long> supervisedTeamIds() {
        if (!hasRole(Role.SUPERVISOR)) {
            return Set.of();
        }
        return account().map(UserAccount::getSupervisedTeamIds).orElse(Set.of());
    }
}
