package com.touchpoint.recognition;

import java.time.Instant;

/** A kudos as pages show it, with the names resolved; hidden ones carry who hid it and why. */
public record KudosView(long id, long giverId, String giverName, long receiverId, String receiverName,
                        String receiverTeam, String valueCode, String message, int points, Instant givenAt,
                        boolean hidden, String hiddenBy, String hiddenReason) {
}
