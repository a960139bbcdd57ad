package com.touchpoint.staff;

import java.util.Set;

/** A user account as the admin screens show it; never carries the password hash. */
public record UserAccountDetails(long id, String username, String displayName, Long staffId, boolean enabled,
                                 boolean locked, Set<Role> roles, Set<Long> supervisedTeamIds,
                                 String preferredLanguage) {
}
