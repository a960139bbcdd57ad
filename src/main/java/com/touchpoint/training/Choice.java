package com.touchpoint.training;

/** The reply (0-based) chosen at a decision step. */
public record Choice(String stepId, int reply) {
}
