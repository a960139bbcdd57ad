package com.touchpoint.emotion;

import com.touchpoint.shared.Translatable;

import java.util.List;

/** A strain signal with the figures behind it, shown with its reason (EMOTION.md). */
public record StrainSignal(Kind kind, List<Object> reason) {

    public enum Kind implements Translatable {
        LOW_MOOD, STRESS_AND_FALLING, COMPLAINTS;

        @Override
        public String messageKey() {
            return "emotion.strain." + name();
        }
    }
}
