package com.touchpoint.satisfaction;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The callback score: INDICATORS.md's index formula applied to one callback alone. */
class CallbackScoreTests {

    @Test
    void one_callbacks_score_spreads_a_missing_items_weight_over_the_answered_ones() {
        // 100·0.25 + 75·0.20 + 50·0.20 + 75·0.20 = 65 over the weights 0.85 answered; OVERALL has no weight
        Double score = IndicatorCalculator.callbackScore(IndicatorCalculatorTests.ITEMS, Map.of("ATTITUDE", 5,
                "EFFICIENCY", 4, "PROFESSIONAL", 3, "RESOLUTION", 4, "OVERALL", 9));
        assertThat(score).isCloseTo(65 / 0.85, within(1e-9)).isCloseTo(76.4706, within(1e-4));
    }

    @Test
    void a_callback_that_answers_only_the_overall_item_has_no_score() {
        assertThat(IndicatorCalculator.callbackScore(IndicatorCalculatorTests.ITEMS, Map.of("OVERALL", 10))).isNull();
    }
}
