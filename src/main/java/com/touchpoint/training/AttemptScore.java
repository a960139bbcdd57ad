package com.touchpoint.training;

import java.math.BigDecimal;
import java.util.Map;

/** Per-skill scores (0–100, one decimal), the module score and whether it passed. */
public record AttemptScore(Map<Skill, BigDecimal> skills, BigDecimal total, boolean passed) {

    public AttemptScore {
        skills = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skills));
    }
}
