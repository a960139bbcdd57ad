package com.touchpoint.emotion;

/** One team's climate over a period, for comparing teams. */
public record TeamClimateRow(long teamId, String teamCode, String teamName, Climate climate) {
}
