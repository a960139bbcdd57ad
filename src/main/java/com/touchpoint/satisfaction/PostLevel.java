package com.touchpoint.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a staff member's figures need from the rest of their post in a period (INDICATORS.md): the post's pooled
 * index, the prior of every adjusted index, and the adjusted indices of the peers with the minimum sample, the
 * population of the standard score. It holds no one's own figures.
 */
record PostLevel(Double postIndex, List<Double> peers) {

    PostLevel {
        peers = List.copyOf(peers);
    }

    static PostLevel of(Map<Long, RollupStore.StaffTotals> byStaff, Map<Long, QuestionnaireDetails> versions,
                        IndicatorProperties properties) {
        RollupStore.StaffTotals pooled = byStaff.values().stream()
                .reduce(RollupStore.StaffTotals.NONE, RollupStore.StaffTotals::plus);
        Double postIndex = IndicatorCalculator.index(pooled.answered(versions));
        List<Double> peers = new ArrayList<>();
        byStaff.values().forEach(t -> {
            if (t.counts().valid() >= properties.minSample()) {
                peers.add(adjusted(t, postIndex, versions, properties));
            }
        });
        return new PostLevel(postIndex, peers);
    }

    Double adjusted(RollupStore.StaffTotals totals, Map<Long, QuestionnaireDetails> versions,
                    IndicatorProperties properties) {
        return adjusted(totals, postIndex, versions, properties);
    }

    private static Double adjusted(RollupStore.StaffTotals totals, Double postIndex,
                                   Map<Long, QuestionnaireDetails> versions, IndicatorProperties properties) {
        Double index = IndicatorCalculator.index(totals.answered(versions));
        return IndicatorCalculator.adjusted(totals.counts().valid(), index, postIndex, properties.priorStrength());
    }
}
