package com.touchpoint.staff;

/** An org unit as other features and views see it. */
public record OrgUnitDetails(long id, String code, String name, OrgUnitKind kind, String parentCode) {

    static OrgUnitDetails of(OrgUnit u) {
        return new OrgUnitDetails(u.getId(), u.getCode(), u.getName(), u.getKind(),
                u.getParent().map(OrgUnit::getCode).orElse(null));
    }
}
