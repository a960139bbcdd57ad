package com.touchpoint.emotion;

import com.touchpoint.satisfaction.CallbackScores;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Team aggregates of the active members' check-ins, every one under the k rule: climate per window, over a whole
 * period, across teams, and the team contagion. Never a person's data, nor a count of people with a signal.
 */
@Service
public class TeamClimate {

    private final CheckInRepository checkIns;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final CallbackScores callbacks;
    private final EmotionProperties properties;

    TeamClimate(CheckInRepository checkIns, StaffDirectory directory, OrgStructure org, CallbackScores callbacks,
                EmotionProperties properties) {
        this.checkIns = checkIns;
        this.directory = directory;
        this.org = org;
        this.callbacks = callbacks;
        this.properties = properties;
    }

    public int minGroup() {
        return properties.minGroup();
    }

    /** The climate of each window of the period, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@emotionAccess.canReadClimate(#teamId)")
    public List<Climate> climate(long teamId, Period period, Granularity by) {
        List<Long> members = directory.activeIdsInTeam(teamId);
        List<MoodPoint> points = points(members, period);
        return by.windows(period).stream()
                .map(window -> ClimateCalculator.climate(window, points, members.size(), properties.minGroup()))
                .toList();
    }

    /** The climate over the whole period (with its tag counts), under the k rule. */
    @Transactional(readOnly = true)
    @PreAuthorize("@emotionAccess.canReadClimate(#teamId)")
    public Climate overall(long teamId, Period period) {
        List<Long> members = directory.activeIdsInTeam(teamId);
        return ClimateCalculator.climate(period, points(members, period), members.size(), properties.minGroup());
    }

    /** Every team's climate over the period, for HR, quality and admin. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.seesEveryone()")
    public List<TeamClimateRow> acrossTeams(Period period) {
        return org.teams().stream().map(team -> row(team, period)).toList();
    }

    private TeamClimateRow row(OrgUnitDetails team, Period period) {
        List<Long> members = directory.activeIdsInTeam(team.id());
        return new TeamClimateRow(team.id(), team.code(), team.name(),
                ClimateCalculator.climate(period, points(members, period), members.size(), properties.minGroup()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@emotionAccess.canReadTeamContagion(#teamId)")
    public TeamContagion contagion(long teamId, Period period) {
        List<MoodPoint> points = points(directory.activeIdsInTeam(teamId), period);
        return ContagionCalculator.team(points, callbacks.ofTeam(teamId, period), properties.minGroup());
    }

    private List<MoodPoint> points(List<Long> members, Period period) {
        return members.isEmpty() ? List.of()
                : checkIns.ofStaff(members, period.from(), period.to()).stream().map(CheckIn::point).toList();
    }
}
