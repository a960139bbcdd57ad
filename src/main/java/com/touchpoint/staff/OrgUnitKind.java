package com.touchpoint.staff;

/** Levels of the organisation tree: a region holds branches, a branch holds teams. */
public enum OrgUnitKind {
    REGION, BRANCH, TEAM;

    /** The kind a parent of this kind must have, or null for a region (which has no parent). */
    public OrgUnitKind parentKind() {
        return switch (this) {
            case REGION -> null;
            case BRANCH -> REGION;
            case TEAM -> BRANCH;
        };
    }
}
