package com.touchpoint.satisfaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The formulas of INDICATORS.md, free of Spring and the database. */
final class IndicatorCalculator {

    static final double Z = 1.96;

    private IndicatorCalculator() {
    }

    /** Σ w·m / Σ w over weighted items with answers: a missing item's weight is spread over the others. */
    static Double index(List<ItemDefinition> items, Map<String, ItemTotals> totals) {
        double weightSum = 0;
        double weighted = 0;
        for (ItemDefinition item : items) {
            ItemTotals t = totals.getOrDefault(item.code(), ItemTotals.NONE);
            if (item.weighted() && t.answers() > 0) {
                weightSum += item.weight();
                weighted += item.weight() * t.mean();
            }
        }
        return weightSum == 0 ? null : weighted / weightSum;
    }

    /** The {@code index} formula applied to one callback's raw answers (item code to answer); null without any. */
    static Double callbackScore(List<ItemDefinition> items, Map<String, Integer> answers) {
        Map<String, ItemTotals> totals = new java.util.HashMap<>();
        for (ItemDefinition item : items) {
            Integer answer = answers.get(item.code());
            if (answer != null) {
                totals.put(item.code(), ItemTotals.of(item.scale(), 1, answer, item.satisfied(answer) ? 1 : 0));
            }
        }
        return index(items, totals);
    }

    /** Valid callbacks answered under one questionnaire version, with that version's items and weights. */
    record Answered(List<ItemDefinition> items, long callbacks, Map<String, ItemTotals> totals) {
    }

    /**
     * The index of callbacks answered under several questionnaire versions: each version's index with its own
     * weights, averaged over the versions weighted by their valid callbacks, so each callback counts once with
     * the weights it was answered under. With one version it is that version's index.
     */
    static Double index(List<Answered> versions) {
        if (versions.size() == 1) {
            return index(versions.get(0).items(), versions.get(0).totals());
        }
        double weighted = 0;
        long callbacks = 0;
        for (Answered version : versions) {
            Double index = index(version.items(), version.totals());
            if (index != null && version.callbacks() > 0) {
                weighted += version.callbacks() * index;
                callbacks += version.callbacks();
            }
        }
        return callbacks == 0 ? null : weighted / callbacks;
    }

    /**
     * The shown items with the weight a callback of these versions gives each on average (weighted by valid
     * callbacks; an item a version lacks weighs 0 there), for ranking weak items; with one version its weights.
     */
    static List<ItemDefinition> effectiveWeights(List<ItemDefinition> shown, List<Answered> versions) {
        if (versions.size() == 1) {
            Map<String, ItemDefinition> own = new java.util.HashMap<>();
            versions.get(0).items().forEach(i -> own.put(i.code(), i));
            return shown.stream().map(i -> reweighted(i, own.containsKey(i.code()) ? own.get(i.code()).weight() : null))
                    .toList();
        }
        long callbacks = versions.stream().mapToLong(Answered::callbacks).sum();
        List<ItemDefinition> result = new ArrayList<>();
        for (ItemDefinition item : shown) {
            double weight = 0;
            for (Answered version : versions) {
                for (ItemDefinition own : version.items()) {
                    if (own.code().equals(item.code()) && own.weighted()) {
                        weight += version.callbacks() * own.weight();
                    }
                }
            }
            result.add(reweighted(item, callbacks == 0 || weight == 0 ? null : weight / callbacks));
        }
        return result;
    }

    private static ItemDefinition reweighted(ItemDefinition item, Double weight) {
        return new ItemDefinition(item.code(), item.nameZh(), item.nameEn(), item.scale(), item.overall() ? null : weight,
                item.satisfiedThreshold(), item.overall());
    }

    /** (n·index + k·μ) / (n + k); μ itself with no valid callbacks. */
    static Double adjusted(long n, Double index, Double postIndex, int priorStrength) {
        if (postIndex == null) {
            return index;
        }
        if (n == 0 || index == null) {
            return postIndex;
        }
        return (n * index + priorStrength * postIndex) / (n + priorStrength);
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }

    /** The 95% Wilson score interval of {@code satisfied} out of {@code total}, in percent; null without data. */
    static double[] wilson(long satisfied, long total) {
        if (total == 0) {
            return null;
        }
        double p = (double) satisfied / total;
        double z2 = Z * Z;
        double denominator = 1 + z2 / total;
        double centre = (p + z2 / (2.0 * total)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total)) / denominator;
        return new double[] {(centre - half) * 100, (centre + half) * 100};
    }

    /** 50 + 10·(x − mean)/sd among the peers; 50 when sd = 0; null below the minimum sample. */
    static Double tScore(Double adjusted, long n, int minSample, List<Double> peers) {
        if (adjusted == null || n < minSample || peers.isEmpty()) {
            return null;
        }
        double mean = peers.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = peers.stream().mapToDouble(x -> (x - mean) * (x - mean)).average().orElseThrow();
        double sd = Math.sqrt(variance);
        return sd == 0 ? 50.0 : 50 + 10 * (adjusted - mean) / sd;
    }

    /** Weighted items with answers whose mean is under target, the largest weighted shortfall first. */
    static List<String> weakItems(List<ItemDefinition> items, Map<String, ItemTotals> totals,
                                  Map<String, Double> targets) {
        record Shortfall(String code, double size) {
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        for (ItemDefinition item : items) {
            ItemTotals t = totals.getOrDefault(item.code(), ItemTotals.NONE);
            double target = targets.get(item.code());
            if (item.weighted() && t.answers() > 0 && t.mean() < target) {
                shortfalls.add(new Shortfall(item.code(), item.weight() * (target - t.mean())));
            }
        }
        shortfalls.sort(Comparator.comparingDouble(Shortfall::size).reversed());
        return shortfalls.stream().map(Shortfall::code).toList();
    }
}
