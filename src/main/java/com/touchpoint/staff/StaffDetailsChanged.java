package com.touchpoint.staff;

/**
 * Published inside the saving transaction when anything of a staff member's record changes (name, number, post,
 * team, hire date, active): lists of figures that name staff members are then out of date.
 */
public record StaffDetailsChanged(long staffId) {
}
