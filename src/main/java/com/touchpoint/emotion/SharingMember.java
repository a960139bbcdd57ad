package com.touchpoint.emotion;

/** A team member who shares their check-ins with their supervisor. */
public record SharingMember(long staffId, String name) {
}
