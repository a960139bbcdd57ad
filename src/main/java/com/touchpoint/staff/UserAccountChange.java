package com.touchpoint.staff;

import java.util.Set;

/** What an admin asks to store for an account. A null password keeps the current one. */
public record UserAccountChange(String username, String displayName, String password, Long staffId,
                                Set<Role> roles, Set<Long> supervisedTeamIds, boolean enabled) {
}
