package com.touchpoint.recognition;

import java.math.BigDecimal;

/**
 * A badge with the figures that earned it: the adjusted index (and the month before, for 进步之星) with the
 * sample size, or the number of distinct colleagues (伙伴之星).
 */
public record Badge(long staffId, String staffName, String month, BadgeKind kind, String postCode, BigDecimal figure,
                    BigDecimal previous, Integer sampleSize) {
}
