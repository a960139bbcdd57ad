package com.touchpoint.training;

import com.touchpoint.staff.StaffRef;

import java.time.LocalDate;

/** Published once per assignment when it is found past its due date and not done; names the staff member. */
public record AssignmentOverdue(long assignmentId, StaffRef member, String moduleId, LocalizedText title,
                                LocalDate dueDate) {
}
