package com.touchpoint.coaching;

import java.time.LocalDate;

/**
 * An action agreed in a session. {@code target} is a questionnaire item code or {@code INDEX};
 * {@code trainingModuleId}, when given, assigns that module to the staff member due the same day.
 */
public record ActionRequest(ActionOwner owner, String description, LocalDate dueDate, String target,
                            String trainingModuleId) {
}
