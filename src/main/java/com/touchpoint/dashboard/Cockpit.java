package com.touchpoint.dashboard;

import com.touchpoint.coaching.CoachingCandidate;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.emotion.Climate;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.shared.Period;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything on a supervisor's cockpit for one team: a row per coached member for the month, the team trend of the
 * last months against the target, the items for the heat map, the team climate of the last four weeks under the k
 * rule ({@code minGroup}), who may need coaching (the first few) and the sessions coming up.
 * {@code strainShown} says whether strain signals exist at all in this installation.
 */
public record Cockpit(long teamId, YearMonth month, double target, List<CockpitRow> rows, List<TeamMonth> trend,
                      List<ItemDefinition> items, Period climateWindow, Climate climate, int minGroup,
                      List<CoachingCandidate> candidates, List<SessionSummary> upcoming, boolean strainShown) {

    public Cockpit {
        rows = List.copyOf(rows);
        trend = List.copyOf(trend);
        items = List.copyOf(items);
        candidates = List.copyOf(candidates);
        upcoming = List.copyOf(upcoming);
    }
}
