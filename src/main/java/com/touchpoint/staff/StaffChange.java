package com.touchpoint.staff;

import java.time.LocalDate;

/** What a caller asks to store for one staff member; validated by {@link StaffDirectory}. */
public record StaffChange(String employeeNo, String name, String postCode, String teamCode, LocalDate hireDate,
                          Boolean active) {
}
