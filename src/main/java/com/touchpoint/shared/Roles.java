package com.touchpoint.shared;

/** Role names as used in {@code @RolesAllowed} and Spring Security authorities (without the ROLE_ prefix). */
public final class Roles {
    public static final String STAFF = "STAFF";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String QUALITY = "QUALITY";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
