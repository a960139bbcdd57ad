package com.touchpoint.emotion.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.touchpoint.emotion.Climate;
import com.touchpoint.emotion.Granularity;
import com.touchpoint.emotion.MoodTag;
import com.touchpoint.emotion.TeamClimate;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.OrgUnitKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Team climate from mood check-ins for staff care programmes (EMOTION.md), under the k rule, never a person's data. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Team climate", description = "Mood check-in aggregates per team and window (EMOTION.md).")
class ClimateApi {

    static final String DESCRIPTION = """
            The climate of the team's active members per window (DAY, WEEK Monday to Sunday, or MONTH, the first \
            and last window cut to from–to; at most 366 days): participants, participation (%), meanMood and \
            meanStress (1–5), lowMoodShare (% of check-ins with mood ≤ 2) and tag counts, rounded half-up to 2 \
            decimals. A window where fewer than `minGroup` (k, default 5) different staff checked in has \
            `suppressed: true` and no figures at all. Notes and individual check-ins are never available.""";

    static final String EXAMPLE = """
            {"teamCode": "T-WEST-3", "from": "2026-03-02", "to": "2026-03-15", "by": "WEEK", "minGroup": 5,
             "windows": [
              {"from": "2026-03-02", "to": "2026-03-08", "suppressed": false, "participants": 8, "activeMembers": 10,
               "participation": 80.0, "meanMood": 2.41, "meanStress": 3.9, "lowMoodShare": 46.15,
               "tagCounts": {"WORKLOAD": 21, "DIFFICULT_CUSTOMER": 12, "SYSTEM": 17}},
              {"from": "2026-03-09", "to": "2026-03-15", "suppressed": true}]}""";

    private final TeamClimate climate;
    private final OrgStructure org;

    ClimateApi(TeamClimate climate, OrgStructure org) {
        this.climate = climate;
        this.org = org;
    }

    @GetMapping("/teams/{teamCode}/climate")
    @Operation(operationId = "getTeamClimate", summary = "Team climate per window", description = DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "The team's climate per window.",
            content = @Content(schema = @Schema(implementation = TeamClimateResource.class),
                    examples = @ExampleObject(name = "an outage week in a repair team", value = EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No team with this code (a branch or region is not a team).")
    TeamClimateResource team(@PathVariable String teamCode,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @Parameter(schema = @Schema(allowableValues = {"DAY", "WEEK", "MONTH"}))
                             @RequestParam(defaultValue = "WEEK") String by) {
        Granularity granularity = granularity(by);
        var period = new Period(from, to);
        OrgUnitDetails team = org.unit(teamCode).filter(u -> u.kind() == OrgUnitKind.TEAM)
                .orElseThrow(() -> new NotFoundException("team.not-found", teamCode));
        List<WindowResource> windows = climate.climate(team.id(), period, granularity).stream()
                .map(WindowResource::of).toList();
        return new TeamClimateResource(teamCode, from, to, granularity.name(), climate.minGroup(), windows);
    }

    private static Granularity granularity(String by) {
        return Arrays.stream(Granularity.values()).filter(g -> g.name().equals(by.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInputException("by", "emotion.api.bad-granularity", by));
    }

    static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    record TeamClimateResource(String teamCode, LocalDate from, LocalDate to, String by, int minGroup,
                               List<WindowResource> windows) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WindowResource(LocalDate from, LocalDate to, boolean suppressed, Integer participants,
                          Integer activeMembers, BigDecimal participation, BigDecimal meanMood, BigDecimal meanStress,
                          BigDecimal lowMoodShare, Map<MoodTag, Long> tagCounts) {
        static WindowResource of(Climate c) {
            return new WindowResource(c.window().from(), c.window().to(), c.suppressed(), c.participants(),
                    c.activeMembers(), round(c.participation()), round(c.meanMood()), round(c.meanStress()),
                    round(c.lowMoodShare()), c.suppressed() ? null : c.tagCounts());
        }
    }
}
