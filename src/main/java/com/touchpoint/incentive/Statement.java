package com.touchpoint.incentive;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A statement with every figure that produced it (INCENTIVES.md); index figures are null without data. */
public record Statement(long id, YearMonth month, long staffId, String employeeNo, String name, String postCode,
                        String teamCode, String teamName, long schemeId, int callbacks, BigDecimal index,
                        BigDecimal adjustedIndex, BigDecimal target, boolean insufficientSample,
                        BigDecimal satisfactionCoefficient, int assignmentsDue, int assignmentsOnTime,
                        BigDecimal trainingCoefficient, int kudosPoints, BigDecimal recognitionBonus, int complaints,
                        BigDecimal complaintDeduction, BigDecimal base, BigDecimal calculated, BigDecimal adjustment,
                        String adjustmentReason, BigDecimal finalAmount) {
}
