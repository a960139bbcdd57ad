package com.touchpoint.recognition;

import java.util.List;

/**
 * A pattern a supervisor should look at. {@code CONCENTRATED_GIVER}: {@code first} gave most of their points to
 * {@code second} in each of {@code months}; {@code RECIPROCAL_PAIR}: the two gave most of their points to each
 * other in the month. {@code shares} are the percentages behind the flag, in the order of {@code months}
 * (giver) or first then second (pair).
 */
public record ConcentrationFlag(Kind kind, long firstId, String firstName, long secondId, String secondName,
                                List<String> months, List<Integer> shares) {

    public enum Kind implements com.touchpoint.shared.Translatable {
        CONCENTRATED_GIVER, RECIPROCAL_PAIR;

        @Override
        public String messageKey() {
            return "recognition.flag." + name();
        }
    }
}
