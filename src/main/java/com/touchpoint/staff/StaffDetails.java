package com.touchpoint.staff;

import java.time.LocalDate;

/** A staff member as other features and views see it. */
public record StaffDetails(long id, String employeeNo, String name, String postCode, long teamId, String teamCode,
                           String teamName, LocalDate hireDate, boolean active) {

    static StaffDetails of(Staff s) {
        return new StaffDetails(s.getId(), s.getEmployeeNo(), s.getName(), s.getPost().getCode(),
                s.getTeam().getId(), s.getTeam().getCode(), s.getTeam().getName(), s.getHireDate(), s.isActive());
    }
}
