package com.touchpoint.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What coaching may show of a staff member's mood check-ins (EMOTION.md): only with the staff member's consent to
 * share with their supervisor, and then only the strain reasons and the mood trend, never notes. Implemented on top
 * of the emotion feature's services by {@link SharedMoodSignals}; without an implementation coaching shows no mood
 * data at all.
 */
public interface MoodSignals {

    /** The strain reasons (LOW_MOOD, STRESS_AND_FALLING, COMPLAINTS) the caller may see, empty without consent. */
    Optional<List<String>> strainReasons(long staffId);

    /**
     * The strain reasons of every member of a team the caller coaches who shares their check-ins with them, in one
     * go; members who do not share are absent (not even an empty list), and the caller is left out.
     */
    Map<Long, List<String>> strainReasonsOfTeam(long teamId);

    /** The weekly mood trend up to {@code asOf} that the caller may see, empty without consent. */
    Optional<List<WeeklyMood>> moodTrend(long staffId, LocalDate asOf);

    record WeeklyMood(LocalDate weekStart, int checkIns, Double meanMood, Double meanStress) {
    }
}
