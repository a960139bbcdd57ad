package com.touchpoint.satisfaction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** A callback that passed validation, ready to be stored. */
record ValidCallback(String externalId, long staffId, long questionnaireId, LocalDate serviceDate,
                     LocalDate callbackDate, ServiceType serviceType, Channel channel, CustomerSegment segment,
                     CallbackStatus status, Map<ItemDefinition, Integer> answers, boolean complaint, String comment,
                     String agent, String contentHash) {

    static final int TIMELY_DAYS = 3;

    /** Completed and answering at least one item (INDICATORS.md). */
    boolean valid() {
        return status == CallbackStatus.COMPLETED && !answers.isEmpty();
    }

    /** Called back within three days of the service. */
    boolean timely() {
        return ChronoUnit.DAYS.between(serviceDate, callbackDate) <= TIMELY_DAYS;
    }
}
