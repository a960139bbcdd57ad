package com.touchpoint.shared;

import java.time.LocalDate;
import java.util.Random;

/**
 * What the scale data generator makes: from a seed, {@code staff} staff in teams of about {@code teamSize} under
 * regions and branches, {@code callbacks} callbacks over {@code first}..{@code last}, and the other features' data
 * around them. Every code it creates starts with {@code prefix} and a dash, so a generated organisation can be told
 * apart (and two of them can live side by side in a test database).
 */
public record ScalePlan(long seed, int staff, long callbacks, int teamSize, LocalDate first, LocalDate last,
                        int checkInDays, String prefix) {

    public ScalePlan {
        if (staff < 1 || callbacks < 0 || teamSize < 2 || last.isBefore(first) || checkInDays < 0
                || prefix == null || !prefix.matches("[A-Z][A-Z0-9]{0,5}")) {
            throw new IllegalArgumentException("invalid scale plan");
        }
    }

    /** A random sequence of its own for each part, so that one part's draws never shift another's. */
    public Random random(String part) {
        return new Random(seed * 1_000_003L + part.hashCode());
    }

    /** Whether an org unit code belongs to this generated organisation. */
    public boolean owns(String code) {
        return code != null && code.startsWith(prefix + "-");
    }

    public String teamCode(int team) {
        return String.format("%s-T-%04d", prefix, team);
    }

    public String employeeNo(int index) {
        return String.format("%s%06d", prefix, index);
    }

    /** How many teams the staff fill. */
    public int teams() {
        return Math.max(1, (staff + teamSize - 1) / teamSize);
    }
}
