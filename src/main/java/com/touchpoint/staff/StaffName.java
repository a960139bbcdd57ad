package com.touchpoint.staff;

/** A staff member as recognition shows them to everyone: name, post and team, without the employee number. */
public record StaffName(long id, String name, String postCode, long teamId, String teamCode, boolean active) {

    static StaffName of(Staff s) {
        return new StaffName(s.getId(), s.getName(), s.getPost().getCode(), s.getTeam().getId(), s.getTeam().getCode(),
                s.isActive());
    }
}
