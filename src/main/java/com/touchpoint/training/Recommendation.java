package com.touchpoint.training;

/**
 * A module recommended because a callback item of the staff member is under its target:
 * {@code gap} = target − mean, in points of the 0–100 scale.
 */
public record Recommendation(TrainingModule module, String itemCode, String itemNameZh, String itemNameEn,
                             double mean, double target, double gap) {
}
