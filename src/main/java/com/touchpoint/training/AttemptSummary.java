package com.touchpoint.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** An attempt as lists show it; scores are null while it is not finished. */
public record AttemptSummary(long id, long staffId, String moduleId, int moduleVersion, LocalizedText title,
                             Instant startedAt, Instant finishedAt, Integer durationSeconds, boolean completed,
                             Ending ending, BigDecimal total, Boolean passed, Map<Skill, BigDecimal> skills) {

    static AttemptSummary of(TrainingAttempt a) {
        return new AttemptSummary(a.getId(), a.getStaffId(), a.getModuleId(), a.getModuleVersion(), a.getTitle(),
                a.getStartedAt(), a.getFinishedAt(), a.getDurationSeconds(), a.isCompleted(), a.getEnding(),
                a.getTotalScore(), a.getPassed(), a.getSkillScores());
    }
}
