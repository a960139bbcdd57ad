package com.touchpoint.training;

import com.touchpoint.shared.Translatable;

/** How the simulated customer feels at a step or after a reply. */
public enum Mood implements Translatable {
    ANGRY, ANXIOUS, NEUTRAL, CALM, PLEASED;

    @Override
    public String messageKey() {
        return "training.mood." + name();
    }
}
