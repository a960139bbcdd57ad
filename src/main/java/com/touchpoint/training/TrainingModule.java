package com.touchpoint.training;

import com.touchpoint.satisfaction.ServiceType;

import java.util.List;
import java.util.Map;

/**
 * A scenario training module as loaded from one file of the training content. Immutable: a changed
 * file becomes a new module object with another {@code contentHash}.
 *
 * @param bestSums for each skill, the best sum of effects any path from start to an ending can reach
 */
public record TrainingModule(String id, int version, LocalizedText title, LocalizedText summary, ServiceType moment,
                             List<String> posts, List<String> trains, int minutes, String start,
                             Map<String, Step> steps, String fileName, String contentHash,
                             Map<Skill, Integer> bestSums) {

    public TrainingModule {
        posts = List.copyOf(posts);
        trains = List.copyOf(trains);
        steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
        bestSums = Map.copyOf(bestSums);
    }

    public Step step(String stepId) {
        Step step = steps.get(stepId);
        if (step == null) {
            throw new IllegalArgumentException("Module " + id + " has no step " + stepId);
        }
        return step;
    }

    public long decisionCount() {
        return steps.values().stream().filter(s -> !s.isEnding()).count();
    }

    public long endingCount() {
        return steps.values().stream().filter(Step::isEnding).count();
    }

    /** The skills this module scores: those a path can earn points in. */
    public List<Skill> scoredSkills() {
        return java.util.Arrays.stream(Skill.values()).filter(s -> bestSums.getOrDefault(s, 0) > 0).toList();
    }

    public boolean suits(String postCode) {
        return posts.contains(postCode);
    }
}
