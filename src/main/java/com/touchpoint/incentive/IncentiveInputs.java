package com.touchpoint.incentive;

import java.math.BigDecimal;

/**
 * What the calculation needs about one staff member and month, as the source features report it: the valid
 * callbacks n, the index and adjusted index rounded to 2 decimals as every page shows them (null without data),
 * the post's target, assignments due in the month and those completed by their due date, the counted kudos points
 * and the complaint callbacks.
 */
record IncentiveInputs(long callbacks, BigDecimal index, BigDecimal adjustedIndex, BigDecimal target,
                       int assignmentsDue, int assignmentsOnTime, int kudosPoints, int complaints) {
}
