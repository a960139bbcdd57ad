package com.touchpoint.incentive;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-computed cases of INCENTIVES.md's default scheme, one per component and edge. */
class IncentiveCalculatorTests {

    private static final SchemeParameters SHOP = SchemeParameters.defaults(new BigDecimal("2000"));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static IncentiveInputs inputs(long n, String adjusted, int due, int onTime, int points, int complaints) {
        return new IncentiveInputs(n, adjusted == null ? null : d(adjusted), adjusted == null ? null : d(adjusted),
                d("85"), due, onTime, points, complaints);
    }

    @Test
    void a_full_statement_combines_every_component() {
        // c_s = 1 + 2·(88.50 − 85)/100 = 1.07; c_t = 0.95 + 0.10·2/3 = 1.016666… → 1.0167
        // R = 130 × 0.5 = 65.00; D = 1 × 100 = 100.00
        // 2000 × 1.07 × 1.0167 = 2175.738; + 65 − 100 = 2140.738 → 2140.74
        IncentiveFigures f = IncentiveCalculator.calculate(SHOP, inputs(25, "88.50", 3, 2, 130, 1));
        assertThat(f.insufficientSample()).isFalse();
        assertThat(f.satisfactionCoefficient()).isEqualByComparingTo("1.0700");
        assertThat(f.trainingCoefficient()).isEqualByComparingTo("1.0167");
        assertThat(f.recognitionBonus()).isEqualByComparingTo("65.00");
        assertThat(f.complaintDeduction()).isEqualByComparingTo("100.00");
        assertThat(f.base()).isEqualByComparingTo("2000.00");
        assertThat(f.calculated()).isEqualByComparingTo("2140.74");
        assertThat(f.calculated().scale()).isEqualTo(2);
        assertThat(f.satisfactionCoefficient().scale()).isEqualTo(4);
    }

    @Test
    void an_insufficient_sample_gives_one_and_is_flagged() {
        IncentiveFigures below = IncentiveCalculator.calculate(SHOP, inputs(9, "95.00", 0, 0, 0, 0));
        assertThat(below.insufficientSample()).isTrue();
        assertThat(below.satisfactionCoefficient()).isEqualByComparingTo("1.0000");
        assertThat(below.calculated()).isEqualByComparingTo("2000.00");
        // exactly the minimum sample counts: 1 + 2·(95 − 85)/100 = 1.20
        IncentiveFigures atMinimum = IncentiveCalculator.calculate(SHOP, inputs(10, "95.00", 0, 0, 0, 0));
        assertThat(atMinimum.insufficientSample()).isFalse();
        assertThat(atMinimum.satisfactionCoefficient()).isEqualByComparingTo("1.2000");
        IncentiveFigures none = IncentiveCalculator.calculate(SHOP, inputs(0, null, 0, 0, 0, 0));
        assertThat(none.insufficientSample()).isTrue();
        assertThat(none.satisfactionCoefficient()).isEqualByComparingTo("1.0000");
    }

    @Test
    void the_satisfaction_coefficient_stops_at_cap_and_floor() {
        // 1 + 2·(96 − 85)/100 = 1.22 → cap 1.20; 1 + 2·(70 − 85)/100 = 0.70 → floor 0.80
        assertThat(IncentiveCalculator.calculate(SHOP, inputs(30, "96.00", 0, 0, 0, 0)).satisfactionCoefficient())
                .isEqualByComparingTo("1.2000");
        assertThat(IncentiveCalculator.calculate(SHOP, inputs(30, "70.00", 0, 0, 0, 0)).satisfactionCoefficient())
                .isEqualByComparingTo("0.8000");
        // 2000 × 0.80 = 1600.00
        assertThat(IncentiveCalculator.calculate(SHOP, inputs(30, "70.00", 0, 0, 0, 0)).calculated())
                .isEqualByComparingTo("1600.00");
    }

    @Test
    void coefficients_are_rounded_half_up_to_four_decimals() {
        // slope 1.5: 1 + 1.5·(86.01 − 85)/100 = 1.01515 → 1.0152
        SchemeParameters gentle = new SchemeParameters(d("2000"), 10, d("1.5"), d("0.8"), d("1.2"), d("0.5"),
                d("200"), d("100"), d("0.3"));
        assertThat(IncentiveCalculator.satisfactionCoefficient(gentle, d("86.01"), d("85"))).isEqualByComparingTo("1.0152");
        // slope 0.5: 1 + 0.5·(85.01 − 85)/100 = 1.00005 → 1.0001 half-up (half-even: 1.0000)
        SchemeParameters flat = new SchemeParameters(d("2000"), 10, d("0.5"), d("0.8"), d("1.2"), d("0.5"),
                d("200"), d("100"), d("0.3"));
        assertThat(IncentiveCalculator.satisfactionCoefficient(flat, d("85.01"), d("85"))).isEqualByComparingTo("1.0001");
    }

    @Test
    void the_training_coefficient_counts_assignments_done_by_their_due_date() {
        assertThat(IncentiveCalculator.trainingCoefficient(0, 0)).isEqualByComparingTo("1.0000");
        assertThat(IncentiveCalculator.trainingCoefficient(3, 3)).isEqualByComparingTo("1.0500");
        assertThat(IncentiveCalculator.trainingCoefficient(2, 0)).isEqualByComparingTo("0.9500");
        // 0.95 + 0.10/3 = 0.983333… → 0.9833
        assertThat(IncentiveCalculator.trainingCoefficient(3, 1)).isEqualByComparingTo("0.9833");
        // no assignment due: the whole base stays, 2000 × 1.0 × 1.0 = 2000.00
        assertThat(IncentiveCalculator.calculate(SHOP, inputs(0, null, 0, 0, 0, 0)).trainingCoefficient())
                .isEqualByComparingTo("1.0000");
    }

    @Test
    void the_recognition_bonus_stops_at_its_cap() {
        assertThat(IncentiveCalculator.recognitionBonus(SHOP, 399)).isEqualByComparingTo("199.50");
        assertThat(IncentiveCalculator.recognitionBonus(SHOP, 400)).isEqualByComparingTo("200.00");
        assertThat(IncentiveCalculator.recognitionBonus(SHOP, 500)).isEqualByComparingTo("200.00");
        assertThat(IncentiveCalculator.recognitionBonus(SHOP, 0)).isEqualByComparingTo("0.00");
    }

    @Test
    void the_complaint_deduction_stops_at_its_share_of_the_base() {
        assertThat(IncentiveCalculator.complaintDeduction(SHOP, 5)).isEqualByComparingTo("500.00");
        assertThat(IncentiveCalculator.complaintDeduction(SHOP, 6)).isEqualByComparingTo("600.00");
        // 7 × 100 = 700 > 0.30 × 2000 = 600
        assertThat(IncentiveCalculator.complaintDeduction(SHOP, 7)).isEqualByComparingTo("600.00");
        // 2000 × 1 × 1 − 600 = 1400.00
        assertThat(IncentiveCalculator.calculate(SHOP, inputs(0, null, 0, 0, 0, 7)).calculated())
                .isEqualByComparingTo("1400.00");
    }

    @Test
    void the_calculated_amount_is_never_below_zero() {
        // share 1, amount 1000: D = min(3000, 2000) = 2000; 2000 × 0.80 × 0.95 = 1520; 1520 − 2000 = −480 → 0
        SchemeParameters harsh = new SchemeParameters(d("2000"), 10, d("2"), d("0.8"), d("1.2"), d("0.5"),
                d("200"), d("1000"), d("1"));
        IncentiveFigures f = IncentiveCalculator.calculate(harsh, inputs(30, "60.00", 2, 0, 0, 3));
        assertThat(f.satisfactionCoefficient()).isEqualByComparingTo("0.8000");
        assertThat(f.trainingCoefficient()).isEqualByComparingTo("0.9500");
        assertThat(f.complaintDeduction()).isEqualByComparingTo("2000.00");
        assertThat(f.calculated()).isEqualByComparingTo("0.00");
        assertThat(f.calculated().signum()).isZero();
    }

    @Test
    void amounts_are_rounded_half_up_to_two_decimals() {
        // a tie: 10 × 1.0005 = 10.005 → 10.01 half-up (half-even would give 10.00)
        assertThat(IncentiveCalculator.calculatedAmount(d("10.00"), d("1.0005"), d("1.0000"), d("0.00"), d("0.00")))
                .isEqualByComparingTo("10.01");
        SchemeParameters small = new SchemeParameters(d("10"), 10, d("2"), d("0.8"), d("1.2"), d("0.5"),
                d("200"), d("100"), d("0.3"));
        // c_s = 1 + 2·(85.03 − 85)/100 = 1.0006; 10 × 1.0006 = 10.006 → 10.01
        assertThat(IncentiveCalculator.calculate(small, inputs(20, "85.03", 0, 0, 0, 0)).calculated())
                .isEqualByComparingTo("10.01");
    }
}
