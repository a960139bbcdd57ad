package com.touchpoint.recognition;

/** Points one colleague gave in a month, and how many of them count towards the recognition bonus (the rest is excess). */
public record GiverTotal(long giverId, String giverName, int points, int counted) {

    public int excess() {
        return points - counted;
    }
}
