package com.touchpoint.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring rules of TRAINING.md: a skill's score is the sum of its effects along the path taken as a
 * percentage of the best sum any path can reach (floored at 0, capped at 100); the module score is the
 * mean over the scored skills; passed at 70 or more.
 */
final class ModuleScoring {

    static final BigDecimal PASS_MARK = BigDecimal.valueOf(70);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int EXACT = 10;

    private ModuleScoring() {
    }

    /** The scores of a finished path; {@code path} holds the chosen reply of each decision step in order. */
    static AttemptScore score(TrainingModule module, List<Choice> path) {
        Map<Skill, Integer> sums = new EnumMap<>(Skill.class);
        for (Choice choice : path) {
            Reply reply = module.step(choice.stepId()).replies().get(choice.reply());
            reply.effects().forEach((skill, effect) -> sums.merge(skill, effect, Integer::sum));
        }
        Map<Skill, BigDecimal> skills = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Skill skill : module.scoredSkills()) {
            BigDecimal exact = percentage(sums.getOrDefault(skill, 0), module.bestSums().get(skill));
            skills.put(skill, exact.setScale(1, RoundingMode.HALF_UP));
            total = total.add(exact);
        }
        BigDecimal mean = skills.isEmpty() ? BigDecimal.ZERO
                : total.divide(BigDecimal.valueOf(skills.size()), EXACT, RoundingMode.HALF_UP);
        return new AttemptScore(skills, mean.setScale(1, RoundingMode.HALF_UP), mean.compareTo(PASS_MARK) >= 0);
    }

    private static BigDecimal percentage(int sum, int best) {
        BigDecimal share = HUNDRED.multiply(BigDecimal.valueOf(sum)).divide(BigDecimal.valueOf(best), EXACT, RoundingMode.HALF_UP);
        return share.max(BigDecimal.ZERO).min(HUNDRED);
    }

    /** For each skill the best sum of effects over the paths from start to an ending that visit each step once. */
    static Map<Skill, Integer> bestSums(String start, Map<String, Step> steps) {
        Map<Skill, Integer> best = new EnumMap<>(Skill.class);
        walk(start, steps, new HashSet<>(), new EnumMap<>(Skill.class), best);
        return best;
    }

    private static void walk(String stepId, Map<String, Step> steps, Set<String> visited, Map<Skill, Integer> sums,
                             Map<Skill, Integer> best) {
        Step step = steps.get(stepId);
        if (step.isEnding()) {
            for (Skill skill : Skill.values()) {
                best.merge(skill, sums.getOrDefault(skill, 0), Math::max);
            }
            return;
        }
        visited.add(stepId);
        for (Reply reply : step.replies()) {
            if (!visited.contains(reply.next())) {
                Map<Skill, Integer> next = new EnumMap<>(Skill.class);
                next.putAll(sums);
                reply.effects().forEach((skill, effect) -> next.merge(skill, effect, Integer::sum));
                walk(reply.next(), steps, visited, next, best);
            }
        }
        visited.remove(stepId);
    }

    static Set<String> reachableFrom(String start, Map<String, Step> steps) {
        Set<String> seen = new HashSet<>(Set.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (Reply reply : steps.get(queue.poll()).replies()) {
                if (steps.containsKey(reply.next()) && seen.add(reply.next())) {
                    queue.add(reply.next());
                }
            }
        }
        return seen;
    }

    /** The steps from which some ending can be reached. */
    static Set<String> leadingToAnEnding(Map<String, Step> steps) {
        Set<String> good = new HashSet<>();
        steps.values().stream().filter(Step::isEnding).forEach(s -> good.add(s.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Step step : steps.values()) {
                if (!good.contains(step.id()) && step.replies().stream().anyMatch(r -> good.contains(r.next()))) {
                    good.add(step.id());
                    grew = true;
                }
            }
        }
        return good;
    }
}
