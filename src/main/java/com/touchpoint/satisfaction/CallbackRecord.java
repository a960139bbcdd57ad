package com.touchpoint.satisfaction;

import java.util.Map;

/**
 * One callback as the survey platform or an uploaded file delivers it, before validation. Dates and
 * codes are text so that each record can be checked on its own and refused with every reason.
 */
public record CallbackRecord(String externalId, String employeeNo, String serviceDate, String callbackDate,
                             String serviceType, String channel, String customerSegment, String status,
                             String questionnaire, Map<String, Integer> answers, Boolean complaint, String comment,
                             String callbackAgent) {

    /** A record without a named callback agent (回访员). */
    public CallbackRecord(String externalId, String employeeNo, String serviceDate, String callbackDate,
                          String serviceType, String channel, String customerSegment, String status,
                          String questionnaire, Map<String, Integer> answers, Boolean complaint, String comment) {
        this(externalId, employeeNo, serviceDate, callbackDate, serviceType, channel, customerSegment, status,
                questionnaire, answers, complaint, comment, null);
    }
}
