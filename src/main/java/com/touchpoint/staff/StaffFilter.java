package com.touchpoint.staff;

/** Search criteria of the staff list; null fields do not filter. */
public record StaffFilter(String text, Long teamId, String postCode, Boolean active) {

    public static StaffFilter none() {
        return new StaffFilter("", null, null, null);
    }
}
