package com.touchpoint.staff;

/** Who a callback or an indicator belongs to: the staff member's id, number, name, post and team. */
public record StaffRef(long id, String employeeNo, String name, String postCode, long teamId, String teamCode,
                       boolean active) {

    static StaffRef of(Staff s) {
        return new StaffRef(s.getId(), s.getEmployeeNo(), s.getName(), s.getPost().getCode(), s.getTeam().getId(),
                s.getTeam().getCode(), s.isActive());
    }

    StaffRef withoutEmployeeNo() {
        return new StaffRef(id, "", name, postCode, teamId, teamCode, active);
    }
}
