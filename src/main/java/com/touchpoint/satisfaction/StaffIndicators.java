package com.touchpoint.satisfaction;

import com.touchpoint.shared.Period;

import java.util.List;

/**
 * Every figure of INDICATORS.md for one staff member and period, unrounded; null where undefined.
 * {@code target} is the post's index target and {@code attainment} adjustedIndex / target.
 */
public record StaffIndicators(long staffId, String employeeNo, String name, String postCode, Period period,
                              long attempted, long callbacks, Double responseRate, Double timelinessRate,
                              Double index, Double postIndex, Double adjustedIndex, double target, Double attainment,
                              Double satisfactionRate, Double satisfactionRateLow, Double satisfactionRateHigh,
                              Double tScore, List<ItemIndicator> items, List<String> weakItems) {

    /** True when the sample is too small for a verdict (below the standard-score minimum). */
    public boolean insufficientSample(int minSample) {
        return callbacks < minSample;
    }
}
