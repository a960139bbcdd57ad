package com.touchpoint.recognition;

/** Published when a supervisor hid a kudos; its points went back to the giver's allowance. */
public record KudosHidden(long kudosId, long giverId, long receiverId, int pointsReturned, String reason,
                          String hiddenBy) {
}
