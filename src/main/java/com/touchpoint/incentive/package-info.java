/**
 * Monthly incentives (绩效激励, INCENTIVES.md): scheme versions per post, the calculation run with the evidence
 * behind every figure, the four-eyes workflow up to a locked month, and the HR sheet.
 */
package com.touchpoint.incentive;
