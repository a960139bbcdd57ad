package com.touchpoint.recognition;

/** What a giver asks: who, for which value, with what message and how many points. */
public record KudosRequest(Long receiverId, String valueCode, String message, Integer points) {
}
