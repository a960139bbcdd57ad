package com.touchpoint.staff;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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

    public Optional<Long> staffId() {
        return reach().staffId();
    }

    public Set<Long> supervisedTeamIds() {
        if (!hasRole(Role.SUPERVISOR)) {
            return Set.of();
        }
        return reach().supervisedTeamIds();
    }

    /**
     * The account's staff link and teams, read once per web request and user: building one page checks access many
     * times (each member of a team, each card), and each check would read the account again. Outside a web request
     * (jobs, background work) they are read each time.
     */
    private Reach reach() {
        Optional<String> name = username();
        if (name.isEmpty()) {
            return Reach.NONE;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = Reach.class.getName() + "/" + name.get();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Reach kept) {
            return kept;
        }
        Reach reach = accounts.findByUsername(name.get())
                .map(a -> new Reach(a.getStaffId(), a.getSupervisedTeamIds())).orElse(Reach.NONE);
        if (request != null) {
            request.setAttribute(key, reach, RequestAttributes.SCOPE_REQUEST);
        }
        return reach;
    }

    private record Reach(Optional<Long> staffId, Set<Long> supervisedTeamIds) {
        static final Reach NONE = new Reach(Optional.empty(), Set.of());
    }
}
