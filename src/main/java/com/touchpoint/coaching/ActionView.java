package com.touchpoint.coaching;

import java.time.LocalDate;

/** An action item as a session shows it, with the linked training assignment's title and status when there is one. */
public record ActionView(long id, long sessionId, long staffId, ActionOwner owner, String description,
                         LocalDate dueDate, String target, Long trainingAssignmentId, String trainingTitleZh,
                         String trainingTitleEn, String trainingStatusKey, LocalDate doneOn, ActionStatus status) {
}
