package com.touchpoint.recognition;

import java.time.LocalDate;

/** Published when a staff member gave kudos to a colleague. */
public record KudosGiven(long kudosId, long giverId, String giverName, long receiverId, String valueCode, int points,
                         LocalDate day) {
}
