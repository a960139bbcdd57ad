package com.touchpoint.staff;

import com.touchpoint.shared.Translatable;

/** Levels of the organisation tree: a region holds branches, a branch holds teams. */
public enum OrgUnitKind implements Translatable {
    REGION, BRANCH, TEAM;

    @Override
    public String messageKey() {
        return "org.kind." + name();
    }

    /** The kind a parent of this kind must have, or null for a region (which has no parent). */
    public OrgUnitKind parentKind() {
        return switch (this) {
            case REGION -> null;
            case BRANCH -> REGION;
            case TEAM -> BRANCH;
        };
    }
}
