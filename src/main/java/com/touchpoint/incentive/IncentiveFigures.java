package com.touchpoint.incentive;

import java.math.BigDecimal;

/** The figures of one statement as the calculation produced them (INCENTIVES.md), before any adjustment. */
record IncentiveFigures(boolean insufficientSample, BigDecimal satisfactionCoefficient,
                        BigDecimal trainingCoefficient, BigDecimal recognitionBonus, BigDecimal complaintDeduction,
                        BigDecimal base, BigDecimal calculated) {
}
