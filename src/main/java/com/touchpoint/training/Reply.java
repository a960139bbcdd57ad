package com.touchpoint.training;

import java.util.Map;

/** One reply a staff member may choose at a step, with its feedback, skill effects, the mood after it and the next step. */
public record Reply(LocalizedText text, LocalizedText feedback, Map<Skill, Integer> effects, Mood mood, String next) {

    public Reply {
        effects = Map.copyOf(effects);
    }

    public int effect(Skill skill) {
        return effects.getOrDefault(skill, 0);
    }

    /** The sum of all effects: how a "better reply" is chosen for the debrief. */
    public int effectSum() {
        return effects.values().stream().mapToInt(Integer::intValue).sum();
    }
}
