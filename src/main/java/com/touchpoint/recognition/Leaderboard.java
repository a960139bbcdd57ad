package com.touchpoint.recognition;

import com.touchpoint.shared.Band;

import java.math.BigDecimal;
import java.util.List;

/**
 * A post's leaderboard for a month: the top 10% with ranks and figures, then only the names in the top 25%
 * and top 50% bands (alphabetically, so no rank can be read off), without those who opted out; and the
 * viewer's own band.
 */
public record Leaderboard(String postCode, String month, LeaderboardMetric metric, int ranked, List<Leader> top,
                          List<String> top25, List<String> top50, Band myBand) {

    /** A member of the top band. */
    public record Leader(int rank, String name, String teamName, BigDecimal value) {
    }
}
