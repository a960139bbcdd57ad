package com.touchpoint.satisfaction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each formula of INDICATORS.md against a hand-computed case. */
class IndicatorCalculatorTests {

    static final List<ItemDefinition> ITEMS = List.of(
            new ItemDefinition("ATTITUDE", "服务态度", "Service attitude", Scale.FIVE_POINT, 0.25, 4, false),
            new ItemDefinition("EFFICIENCY", "办理效率", "Efficiency", Scale.FIVE_POINT, 0.20, 4, false),
            new ItemDefinition("PROFESSIONAL", "专业能力", "Professional", Scale.FIVE_POINT, 0.20, 4, false),
            new ItemDefinition("PROMISE", "承诺兑现", "Promise kept", Scale.FIVE_POINT, 0.15, 4, false),
            new ItemDefinition("RESOLUTION", "问题解决", "Problem resolved", Scale.FIVE_POINT, 0.20, 4, false),
            new ItemDefinition("OVERALL", "总体满意度", "Overall", Scale.TEN_POINT, null, 9, true));

    private static ItemTotals fivePoint(int... answers) {
        ItemTotals t = ItemTotals.NONE;
        for (int a : answers) {
            t = t.plus(ItemTotals.of(Scale.FIVE_POINT, 1, a, a >= 4 ? 1 : 0));
        }
        return t;
    }

    @Test
    void answers_are_normalised_to_0_to_100_per_scale() {
        assertThat(Scale.FIVE_POINT.normalisedMean(4, 1)).isEqualTo(75.0);
        assertThat(Scale.FIVE_POINT.normalisedMean(1, 1)).isEqualTo(0.0);
        assertThat(Scale.TEN_POINT.normalisedMean(9, 1)).isCloseTo(88.8889, within(1e-4));
        assertThat(Scale.TEN_POINT.normalisedMean(10 + 1, 2)).isCloseTo(50.0, within(1e-9));
        assertThat(Scale.YES_NO.normalisedMean(1, 1)).isEqualTo(100.0);
        assertThat(Scale.YES_NO.normalisedMean(1, 4)).isEqualTo(25.0);
    }

    @Test
    void the_index_is_the_weighted_mean_of_the_answered_items() {
        var totals = Map.of("ATTITUDE", fivePoint(5, 4), "EFFICIENCY", fivePoint(4, 4), "PROFESSIONAL", fivePoint(5),
                "PROMISE", fivePoint(3), "RESOLUTION", fivePoint(4));
        // 0.25·87.5 + 0.2·75 + 0.2·100 + 0.15·50 + 0.2·75 = 79.375
        assertThat(IndicatorCalculator.index(ITEMS, totals)).isCloseTo(79.375, within(1e-9));
    }

    @Test
    void a_missing_items_weight_is_spread_over_the_others_in_proportion() {
        var totals = Map.of("ATTITUDE", fivePoint(5), "EFFICIENCY", fivePoint(3));
        // (0.25·100 + 0.20·50) / 0.45 = 77.78
        assertThat(IndicatorCalculator.index(ITEMS, totals)).isCloseTo(77.7778, within(1e-4));
    }

    @Test
    void without_weighted_answers_there_is_no_index() {
        assertThat(IndicatorCalculator.index(ITEMS, Map.of())).isNull();
        assertThat(IndicatorCalculator.index(ITEMS, Map.of("OVERALL", ItemTotals.of(Scale.TEN_POINT, 3, 30, 3)))).isNull();
    }

    @Test
    void the_adjusted_index_pulls_small_samples_towards_the_post_level() {
        assertThat(IndicatorCalculator.adjusted(0, null, 80.0, 20)).isEqualTo(80.0);
        // n = 3 at 100 against μ = 80: (300 + 1600) / 23
        assertThat(IndicatorCalculator.adjusted(3, 100.0, 80.0, 20)).isCloseTo(82.6087, within(1e-4));
        // n = 80 at 95: (7600 + 1600) / 100
        assertThat(IndicatorCalculator.adjusted(80, 95.0, 80.0, 20)).isCloseTo(92.0, within(1e-9));
    }

    @Test
    void three_perfect_callbacks_do_not_outrank_eighty_at_four_point_eight() {
        double mu = 80;
        double fourPointEight = Scale.FIVE_POINT.normalisedMean(48, 10);
        assertThat(IndicatorCalculator.adjusted(80, fourPointEight, mu, 20))
                .isGreaterThan(IndicatorCalculator.adjusted(3, 100.0, mu, 20));
    }

    @Test
    void the_wilson_interval_matches_a_hand_computation() {
        double[] eightOfTen = IndicatorCalculator.wilson(8, 10);
        assertThat(eightOfTen[0]).isCloseTo(49.02, within(0.01));
        assertThat(eightOfTen[1]).isCloseTo(94.33, within(0.01));
        double[] oneOfTwo = IndicatorCalculator.wilson(1, 2);
        assertThat(oneOfTwo[0]).isCloseTo(9.45, within(0.01));
        assertThat(oneOfTwo[1]).isCloseTo(90.55, within(0.01));
        double[] allOfFive = IndicatorCalculator.wilson(5, 5);
        assertThat(allOfFive[1]).isCloseTo(100.0, within(1e-9));
        assertThat(allOfFive[0]).isCloseTo(56.55, within(0.01));
        assertThat(IndicatorCalculator.wilson(0, 0)).isNull();
    }

    @Test
    void standard_scores_use_the_population_sd_of_peers_and_are_50_when_all_are_equal() {
        List<Double> peers = List.of(60.0, 70.0, 80.0);
        // mean 70, population sd √(200/3) = 8.165
        assertThat(IndicatorCalculator.tScore(80.0, 12, 10, peers)).isCloseTo(62.2474, within(1e-4));
        assertThat(IndicatorCalculator.tScore(75.0, 12, 10, List.of(75.0, 75.0))).isEqualTo(50.0);
        assertThat(IndicatorCalculator.tScore(75.0, 9, 10, peers)).isNull();
    }

    @Test
    void weak_items_are_those_under_target_by_weighted_shortfall() {
        var totals = Map.of("ATTITUDE", fivePoint(5, 4), "EFFICIENCY", fivePoint(4), "PROFESSIONAL", fivePoint(5),
                "PROMISE", fivePoint(3), "RESOLUTION", fivePoint(2));
        var targets = Map.of("ATTITUDE", 85.0, "EFFICIENCY", 85.0, "PROFESSIONAL", 85.0, "PROMISE", 85.0,
                "RESOLUTION", 85.0, "OVERALL", 85.0);
        // RESOLUTION 0.2·(85−25)=12, PROMISE 0.15·35=5.25, EFFICIENCY 0.2·10=2; ATTITUDE (87.5) is above target
        assertThat(IndicatorCalculator.weakItems(ITEMS, totals, targets))
                .containsExactly("RESOLUTION", "PROMISE", "EFFICIENCY");
    }

    @Test
    void rates_are_undefined_without_a_denominator() {
        assertThat(IndicatorCalculator.rate(0, 0)).isNull();
        assertThat(IndicatorCalculator.rate(2, 3)).isCloseTo(66.6667, within(1e-4));
    }

    /** STANDARD-2026 with attitude at 0.10 and promise at 0.30. */
    static final List<ItemDefinition> SECOND = ITEMS.stream().map(i -> switch (i.code()) {
        case "ATTITUDE" -> new ItemDefinition(i.code(), i.nameZh(), i.nameEn(), i.scale(), 0.10, 4, false);
        case "PROMISE" -> new ItemDefinition(i.code(), i.nameZh(), i.nameEn(), i.scale(), 0.30, 4, false);
        default -> i;
    }).toList();

    @Test
    void each_version_counts_with_its_own_weights_in_proportion_to_its_callbacks() {
        // attitude 100, promise 0: (0.25·100 + 0.15·0) / 0.40 = 62.5 under the first version, 10 / 0.40 = 25 under the second
        var first = new IndicatorCalculator.Answered(ITEMS, 1, Map.of("ATTITUDE", fivePoint(5), "PROMISE", fivePoint(1)));
        var second = new IndicatorCalculator.Answered(SECOND, 2,
                Map.of("ATTITUDE", fivePoint(5, 5), "PROMISE", fivePoint(1, 1)));
        assertThat(IndicatorCalculator.index(List.of(first))).isCloseTo(62.5, within(1e-9));
        assertThat(IndicatorCalculator.index(List.of(second))).isCloseTo(25.0, within(1e-9));
        // (1·62.5 + 2·25) / 3
        assertThat(IndicatorCalculator.index(List.of(first, second))).isCloseTo(37.5, within(1e-9));
        assertThat(IndicatorCalculator.index(List.of())).isNull();
    }

    @Test
    void weak_items_of_several_versions_are_ranked_by_the_average_weight_of_their_callbacks() {
        // three callbacks under the first version, one under the second: attitude (3·0.25 + 0.10) / 4 = 0.2125,
        // promise (3·0.15 + 0.30) / 4 = 0.1875; both at 50 against 82, so attitude's shortfall weighs more
        var first = new IndicatorCalculator.Answered(ITEMS, 3, Map.of());
        var second = new IndicatorCalculator.Answered(SECOND, 1, Map.of());
        List<ItemDefinition> weights = IndicatorCalculator.effectiveWeights(SECOND, List.of(first, second));
        assertThat(weights.get(0).weight()).isCloseTo(0.2125, within(1e-12));
        assertThat(weights.get(3).weight()).isCloseTo(0.1875, within(1e-12));
        assertThat(weights.get(5).weight()).isNull();
        var totals = Map.of("ATTITUDE", fivePoint(3), "PROMISE", fivePoint(3));
        var targets = Map.of("ATTITUDE", 82.0, "EFFICIENCY", 82.0, "PROFESSIONAL", 82.0, "PROMISE", 82.0,
                "RESOLUTION", 82.0, "OVERALL", 82.0);
        assertThat(IndicatorCalculator.weakItems(weights, totals, targets)).containsExactly("ATTITUDE", "PROMISE");
        assertThat(IndicatorCalculator.weakItems(SECOND, totals, targets)).containsExactly("PROMISE", "ATTITUDE");
    }
}
