-- An assignment is completed by the first passed attempt at or after it was assigned (TRAINING.md,
-- "Assignments"). Until now any attempt played to an ending closed it, a failed one too. The latest failed
-- attempt is now kept on the open assignment, so the screens can say "attempted, not passed".
ALTER TABLE training_assignment ADD COLUMN failed_attempt_id BIGINT NULL;
ALTER TABLE training_assignment ADD COLUMN failed_score DECIMAL(4,1) NULL;
ALTER TABLE training_assignment ADD CONSTRAINT fk_training_assignment_failed_attempt
    FOREIGN KEY (failed_attempt_id) REFERENCES training_attempt (id);

-- Reopen the assignments a failed attempt closed: remember the attempt, then clear the completion.
UPDATE training_assignment
SET failed_attempt_id = completed_attempt_id
WHERE completed_attempt_id IN (SELECT t.id FROM training_attempt t WHERE t.passed = FALSE);

UPDATE training_assignment
SET completed_attempt_id = NULL,
    completed_at = NULL
WHERE failed_attempt_id IS NOT NULL AND failed_attempt_id = completed_attempt_id;

-- A reopened assignment that was passed later is completed by its first passed attempt since it was assigned.
UPDATE training_assignment
SET completed_attempt_id = (SELECT t.id FROM training_attempt t
                            WHERE t.staff_id = training_assignment.staff_id
                              AND t.module_id = training_assignment.module_id
                              AND t.passed = TRUE AND t.finished_at >= training_assignment.assigned_at
                            ORDER BY t.finished_at, t.id LIMIT 1)
WHERE completed_at IS NULL AND failed_attempt_id IS NOT NULL;

UPDATE training_assignment
SET completed_at = (SELECT t.finished_at FROM training_attempt t WHERE t.id = training_assignment.completed_attempt_id)
WHERE completed_at IS NULL AND completed_attempt_id IS NOT NULL;

-- The failed attempt shown is the latest one before the assignment was completed, or the latest of all.
UPDATE training_assignment
SET failed_attempt_id = (SELECT t.id FROM training_attempt t
                         WHERE t.staff_id = training_assignment.staff_id
                           AND t.module_id = training_assignment.module_id
                           AND t.passed = FALSE AND t.finished_at >= training_assignment.assigned_at
                           AND (training_assignment.completed_at IS NULL OR t.finished_at <= training_assignment.completed_at)
                         ORDER BY t.finished_at DESC, t.id DESC LIMIT 1)
WHERE failed_attempt_id IS NOT NULL;

UPDATE training_assignment
SET failed_score = (SELECT t.total_score FROM training_attempt t WHERE t.id = training_assignment.failed_attempt_id)
WHERE failed_attempt_id IS NOT NULL;
