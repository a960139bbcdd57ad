package com.touchpoint.training;

/** How many assignments were created, and how many skipped because the person already had that module open. */
public record AssignResult(int assigned, int alreadyOpen) {
}
