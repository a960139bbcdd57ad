package com.touchpoint.satisfaction;

import java.time.LocalDate;
import java.util.Map;

/** A stored callback as the staff member and their supervisor see it; no customer data exists to show. */
public record CallbackSummary(long id, String externalId, LocalDate serviceDate, LocalDate callbackDate,
                              ServiceType serviceType, Channel channel, CustomerSegment segment,
                              CallbackStatus status, boolean complaint, String comment, Map<String, Integer> answers,
                              boolean praiseMarked) {
}
