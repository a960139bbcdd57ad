package com.touchpoint.incentive;

import com.touchpoint.shared.InputCheck;

import java.math.BigDecimal;

/**
 * The parameters of one scheme version (INCENTIVES.md): base B, the minimum sample and slope, floor and cap of
 * the satisfaction coefficient, the recognition rate and cap, and the complaint amount and share of B.
 */
public record SchemeParameters(BigDecimal base, Integer minSample, BigDecimal slope, BigDecimal floor, BigDecimal cap,
                               BigDecimal kudosRate, BigDecimal kudosCap, BigDecimal complaintAmount,
                               BigDecimal complaintShare) {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    static final BigDecimal MAX_COEFFICIENT = new BigDecimal("10");

    /** The defaults of a fresh installation, with the base of the given post. */
    public static SchemeParameters defaults(BigDecimal base) {
        return new SchemeParameters(base, 10, new BigDecimal("2"), new BigDecimal("0.80"), new BigDecimal("1.20"),
                new BigDecimal("0.50"), new BigDecimal("200.00"), new BigDecimal("100.00"), new BigDecimal("0.30"));
    }

    /** Refuses parameters that cannot make a fair scheme, naming every field that is wrong. */
    public void validate() {
        InputCheck check = new InputCheck();
        amount(check, base, "base");
        check.notNull(minSample, "minSample");
        check.require(minSample == null || (minSample >= 0 && minSample <= 10_000), "minSample",
                "incentive.scheme.min-sample-range", minSample);
        coefficient(check, slope, "slope", MAX_COEFFICIENT);
        coefficient(check, floor, "floor", MAX_COEFFICIENT);
        coefficient(check, cap, "cap", MAX_COEFFICIENT);
        check.require(floor == null || cap == null || floor.compareTo(cap) <= 0, "floor",
                "incentive.scheme.floor-above-cap", floor, cap);
        amount(check, kudosRate, "kudosRate");
        amount(check, kudosCap, "kudosCap");
        amount(check, complaintAmount, "complaintAmount");
        coefficient(check, complaintShare, "complaintShare", BigDecimal.ONE);
        check.throwIfInvalid();
    }

    private static void amount(InputCheck check, BigDecimal value, String field) {
        check.notNull(value, field);
        if (value != null) {
            check.require(value.signum() >= 0, field, "incentive.scheme.negative", field)
                    .require(value.compareTo(MAX_AMOUNT) <= 0, field, "incentive.scheme.too-large", field, MAX_AMOUNT)
                    .require(value.stripTrailingZeros().scale() <= 2, field, "incentive.scheme.decimals", field, 2);
        }
    }

    private static void coefficient(InputCheck check, BigDecimal value, String field, BigDecimal max) {
        check.notNull(value, field);
        if (value != null) {
            check.require(value.signum() >= 0, field, "incentive.scheme.negative", field)
                    .require(value.compareTo(max) <= 0, field, "incentive.scheme.too-large", field, max)
                    .require(value.stripTrailingZeros().scale() <= 4, field, "incentive.scheme.decimals", field, 4);
        }
    }
}
