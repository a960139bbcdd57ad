package com.touchpoint.staff;

import com.touchpoint.shared.Roles;

/** What a user account may do; a user may hold several. */
public enum Role {
    STAFF(Roles.STAFF), SUPERVISOR(Roles.SUPERVISOR), QUALITY(Roles.QUALITY), HR(Roles.HR), ADMIN(Roles.ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String authority() {
        return "ROLE_" + roleName;
    }
}
