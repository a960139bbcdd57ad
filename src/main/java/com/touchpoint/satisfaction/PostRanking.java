package com.touchpoint.satisfaction;

import com.touchpoint.shared.Band;

import java.math.BigDecimal;
import java.util.List;

/**
 * A post's staff with enough callbacks in a month, best adjusted index first, as a leaderboard may show them:
 * the top band with rank and value, everyone else only with their band.
 */
public record PostRanking(String postCode, String month, List<Entry> entries) {

    /** One ranked staff member; {@code rank} and {@code value} are set only in the top band. */
    public record Entry(long staffId, Band band, Integer rank, BigDecimal value) {
    }
}
