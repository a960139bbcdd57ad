package com.touchpoint.training;

import java.util.List;

/**
 * A module recommended because a callback item of the staff member is under its target:
 * {@code gap} = target − mean, in points of the 0–100 scale. {@code shortfalls} are all the weak items the
 * module trains (this one first), so that modules training different items give different reasons.
 */
public record Recommendation(TrainingModule module, String itemCode, String itemNameZh, String itemNameEn,
                             double mean, double target, double gap, List<Shortfall> shortfalls) {

    /** A weak item the module trains, with the staff member's mean and target over the window. */
    public record Shortfall(String itemCode, String nameZh, String nameEn, double mean, double target) {

        public double gap() {
            return target - mean;
        }

        public String name(java.util.Locale locale) {
            return java.util.Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }
}
