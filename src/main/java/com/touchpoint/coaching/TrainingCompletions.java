package com.touchpoint.coaching;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AttemptFinished;
import com.touchpoint.training.TrainingAssignments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closes an open action whose training assignment a passed attempt completed, on the day of that attempt. Runs just
 * before the attempt commits, in its transaction and as the staff member who played, so the action is done exactly
 * when the assignment is.
 */
@Component
class TrainingCompletions {

    private final ActionItemRepository items;
    private final TrainingAssignments training;
    private final AuditLog audit;
    private final OperatorTime time;

    TrainingCompletions(ActionItemRepository items, TrainingAssignments training, AuditLog audit, OperatorTime time) {
        this.items = items;
        this.training = training;
        this.audit = audit;
        this.time = time;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AttemptFinished finished) {
        if (!finished.passed()) {
            return;
        }
        List<ActionItem> open = items.findByStaffIdAndDoneOnIsNullAndTrainingAssignmentIdIsNotNull(finished.staffId());
        if (open.isEmpty()) {
            return;
        }
        Set<Long> completed = training.ofStaff(finished.staffId()).stream()
                .filter(a -> a.attemptId() != null && a.attemptId() == finished.attemptId())
                .map(Assignment::id).collect(Collectors.toSet());
        LocalDate day = LocalDate.ofInstant(finished.finishedAt(), time.zone());
        open.stream().filter(a -> completed.contains(a.getTrainingAssignmentId())).forEach(a -> close(a, finished, day));
    }

    private void close(ActionItem action, AttemptFinished finished, LocalDate day) {
        action.done(day);
        audit.record("coaching.action.done", "CoachingAction", String.valueOf(action.getId()), null,
                Map.of("doneOn", day.toString(), "trainingAttemptId", finished.attemptId()));
    }
}
