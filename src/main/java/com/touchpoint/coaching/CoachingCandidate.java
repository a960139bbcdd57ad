package com.touchpoint.coaching;

import java.util.List;

/** A team member on the "who may need coaching" list, with the score and every part of it. */
public record CoachingCandidate(long staffId, String name, String employeeNo, double score, List<ScorePart> parts,
                                long callbacks, Double adjustedIndex, double target) {
}
