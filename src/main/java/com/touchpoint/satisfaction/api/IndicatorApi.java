package com.touchpoint.satisfaction.api;

import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.StaffDirectory;
import io.swagger.v3.oas.annotations.Operation;
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
import java.util.List;

/** Indicators for BI tools (API.md): every figure rounded half-up to 2 decimals, null where undefined. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators", description = "Satisfaction indicators per staff member and team (INDICATORS.md).")
class IndicatorApi {

    static final String EXAMPLE_STAFF = """
            {"employeeNo": "E10023", "post": "FIELD_ENGINEER", "from": "2026-10-01", "to": "2026-10-31",
             "attempted": 50, "callbacks": 42, "responseRate": 84.0, "timelinessRate": 96.0,
             "index": 86.25, "postIndex": 83.1, "adjustedIndex": 85.23, "target": 82.0, "attainment": 1.04,
             "satisfactionRate": 88.1, "satisfactionRateLow": 75.0, "satisfactionRateHigh": 94.8,
             "tScore": 54.2,
             "items": [{"code": "ATTITUDE", "answers": 42, "mean": 90.5, "satisfiedRate": 92.86, "target": 82.0}],
             "weakItems": ["PROMISE"]}""";

    static final String PERIOD = """
            Figures over the service dates from–to (ISO dates, both included, at most 366 days), rounded \
            half-up to 2 decimals and null where undefined.""";

    private final IndicatorService indicators;
    private final StaffDirectory directory;
    private final OrgStructure org;

    IndicatorApi(IndicatorService indicators, StaffDirectory directory, OrgStructure org) {
        this.indicators = indicators;
        this.directory = directory;
        this.org = org;
    }

    @GetMapping("/staff/{employeeNo}/indicators")
    @Operation(operationId = "getStaffIndicators", summary = "Indicators of one staff member", description = PERIOD)
    @ApiResponse(responseCode = "200", description = "The staff member's indicators.",
            content = @Content(schema = @Schema(implementation = StaffIndicatorsResource.class),
                    examples = @ExampleObject(name = "field engineer", value = EXAMPLE_STAFF)))
    @ApiResponse(responseCode = "404", description = "No staff member with this employee number.")
    StaffIndicatorsResource staff(@PathVariable String employeeNo,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var period = new Period(from, to);
        long staffId = directory.refByEmployeeNo(employeeNo)
                .orElseThrow(() -> new NotFoundException("staff.not-found", employeeNo)).id();
        return StaffIndicatorsResource.of(indicators.forStaff(staffId, period));
    }

    @GetMapping("/teams/{teamCode}/indicators")
    @Operation(operationId = "getTeamIndicators", summary = "Indicators of every active member of a team",
            description = PERIOD)
    @ApiResponse(responseCode = "200", description = "The team code and the indicators of each active member.")
    @ApiResponse(responseCode = "404", description = "No team with this code (a branch or region is not a team).")
    TeamIndicatorsResource team(@PathVariable String teamCode,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var period = new Period(from, to);
        OrgUnitDetails team = org.unit(teamCode).filter(u -> u.kind() == OrgUnitKind.TEAM)
                .orElseThrow(() -> new NotFoundException("team.not-found", teamCode));
        return new TeamIndicatorsResource(teamCode, indicators.forTeam(team.id(), period).stream()
                .map(StaffIndicatorsResource::of).toList());
    }

    static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    record TeamIndicatorsResource(String teamCode, List<StaffIndicatorsResource> staff) {
    }

    record ItemResource(String code, long answers, BigDecimal mean, BigDecimal satisfiedRate, BigDecimal target) {
        static ItemResource of(ItemIndicator i) {
            return new ItemResource(i.code(), i.answers(), round(i.mean()), round(i.satisfiedRate()), round(i.target()));
        }
    }

    record StaffIndicatorsResource(String employeeNo, String post, LocalDate from, LocalDate to, long attempted,
                                   long callbacks, BigDecimal responseRate, BigDecimal timelinessRate, BigDecimal index,
                                   BigDecimal postIndex, BigDecimal adjustedIndex, BigDecimal target,
                                   BigDecimal attainment, BigDecimal satisfactionRate, BigDecimal satisfactionRateLow,
                                   BigDecimal satisfactionRateHigh, BigDecimal tScore, List<ItemResource> items,
                                   List<String> weakItems) {
        static StaffIndicatorsResource of(StaffIndicators s) {
            return new StaffIndicatorsResource(s.employeeNo(), s.postCode(), s.period().from(), s.period().to(),
                    s.attempted(), s.callbacks(), round(s.responseRate()), round(s.timelinessRate()), round(s.index()),
                    round(s.postIndex()), round(s.adjustedIndex()), round(s.target()), round(s.attainment()),
                    round(s.satisfactionRate()), round(s.satisfactionRateLow()), round(s.satisfactionRateHigh()),
                    round(s.tScore()), s.items().stream().map(ItemResource::of).toList(), s.weakItems());
        }
    }
}
