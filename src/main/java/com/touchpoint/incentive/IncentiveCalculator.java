package com.touchpoint.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The default scheme of INCENTIVES.md, exactly: coefficients rounded half-up to 4 decimals before they are used,
 * amounts half-up to 2, money in BigDecimal throughout.
 */
final class IncentiveCalculator {

    static final int COEFFICIENT_SCALE = 4;
    static final int MONEY_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TRAINING_FLOOR = new BigDecimal("0.95");
    private static final BigDecimal TRAINING_SPAN = new BigDecimal("0.10");

    private IncentiveCalculator() {
    }

    static IncentiveFigures calculate(SchemeParameters scheme, IncentiveInputs in) {
        boolean insufficient = in.callbacks() < scheme.minSample() || in.adjustedIndex() == null;
        BigDecimal cs = insufficient ? coefficient(BigDecimal.ONE)
                : satisfactionCoefficient(scheme, in.adjustedIndex(), in.target());
        BigDecimal ct = trainingCoefficient(in.assignmentsDue(), in.assignmentsOnTime());
        BigDecimal recognition = recognitionBonus(scheme, in.kudosPoints());
        BigDecimal deduction = complaintDeduction(scheme, in.complaints());
        BigDecimal base = money(scheme.base());
        return new IncentiveFigures(insufficient, cs, ct, recognition, deduction, base,
                calculatedAmount(base, cs, ct, recognition, deduction));
    }

    /** clamp(1 + slope·(adjustedIndex − target)/100, floor, cap), rounded half-up to 4 decimals. */
    static BigDecimal satisfactionCoefficient(SchemeParameters scheme, BigDecimal adjustedIndex, BigDecimal target) {
        BigDecimal raw = BigDecimal.ONE.add(scheme.slope().multiply(adjustedIndex.subtract(target))
                .divide(HUNDRED, 10, RoundingMode.HALF_UP));
        BigDecimal clamped = raw.max(scheme.floor()).min(scheme.cap());
        return coefficient(clamped);
    }

    /** 1.00 with nothing due; otherwise 0.95 + 0.10 · (completed by due date / due), rounded half-up to 4 decimals. */
    static BigDecimal trainingCoefficient(int due, int onTime) {
        if (due <= 0) {
            return coefficient(BigDecimal.ONE);
        }
        BigDecimal share = BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 10, RoundingMode.HALF_UP);
        return coefficient(TRAINING_FLOOR.add(TRAINING_SPAN.multiply(share)));
    }

    /** min(points × rate, cap). */
    static BigDecimal recognitionBonus(SchemeParameters scheme, int points) {
        return money(BigDecimal.valueOf(points).multiply(scheme.kudosRate()).min(scheme.kudosCap()));
    }

    /** min(complaints × amount, share · B). */
    static BigDecimal complaintDeduction(SchemeParameters scheme, int complaints) {
        return money(BigDecimal.valueOf(complaints).multiply(scheme.complaintAmount())
                .min(scheme.complaintShare().multiply(scheme.base())));
    }

    /** max(0, round_half_up(B·c_s·c_t + R − D, 2)): what the sheet's 计算金额 formula computes too. */
    static BigDecimal calculatedAmount(BigDecimal base, BigDecimal cs, BigDecimal ct, BigDecimal recognition,
                                       BigDecimal deduction) {
        return money(base.multiply(cs).multiply(ct).add(recognition).subtract(deduction)).max(money(BigDecimal.ZERO));
    }

    static BigDecimal coefficient(BigDecimal value) {
        return value.setScale(COEFFICIENT_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }
}
