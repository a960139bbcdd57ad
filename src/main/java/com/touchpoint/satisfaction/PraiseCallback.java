package com.touchpoint.satisfaction;

import java.time.LocalDate;

/**
 * A completed callback that counts as customer praise (客户表扬): the overall answer at the top of its scale
 * with a comment, or marked as praise by the quality team.
 */
public record PraiseCallback(long callbackId, long staffId, LocalDate serviceDate, LocalDate callbackDate,
                             ServiceType serviceType, String comment, boolean markedByQuality) {
}
