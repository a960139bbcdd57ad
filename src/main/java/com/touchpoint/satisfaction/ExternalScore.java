package com.touchpoint.satisfaction;

import java.math.BigDecimal;

/** One item score of the third-party survey for a region or branch in a quarter (e.g. 2026Q3). */
public record ExternalScore(String quarter, String unitCode, String itemCode, BigDecimal score) {
}
