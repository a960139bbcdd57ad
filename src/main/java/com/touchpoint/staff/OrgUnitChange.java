package com.touchpoint.staff;

/** What a caller asks to store for one org unit; validated by {@link OrgStructure}. */
public record OrgUnitChange(String code, String name, OrgUnitKind kind, String parentCode) {
}
