package com.touchpoint.training;

import com.touchpoint.shared.Translatable;

/** A soft or product skill a training module scores. */
public enum Skill implements Translatable {
    EMPATHY, EXPECTATION, EMOTION_REGULATION, PROBLEM_SOLVING, COMMUNICATION, PRODUCT_KNOWLEDGE;

    @Override
    public String messageKey() {
        return "training.skill." + name();
    }
}
