package com.touchpoint.staff;

import java.util.List;
import java.util.Set;

/** The staff a user may list: everyone, or the teams they supervise plus their own record. */
public record StaffScope(boolean everyone, Set<Long> teamIds, Long ownStaffId) {

    static StaffScope allStaff() {
        return new StaffScope(true, Set.of(), null);
    }

    /**
     * Whether the user may see this team or unit, as {@link AccessPolicy#canSeeUnit} says, without reading the
     * account again: for filtering many units at once.
     */
    public boolean seesUnit(long unitId) {
        return everyone || teamIds.contains(unitId);
    }

    /** Never empty, because an empty IN list is not valid SQL. */
    List<Long> teamIdsForQuery() {
        return teamIds.isEmpty() ? List.of(-1L) : List.copyOf(teamIds);
    }

    Long ownStaffIdForQuery() {
        return ownStaffId == null ? -1L : ownStaffId;
    }
}
