package com.touchpoint.incentive.api;

import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.IncentiveSheets;
import com.touchpoint.incentive.RunState;
import com.touchpoint.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Monthly incentives for automation and payroll (API.md): start a calculation, follow it, fetch the sheet. */
@RestController
@RequestMapping("/api/v1/incentives")
@Tag(name = "Incentives", description = "Monthly incentive calculation runs and the HR sheet (INCENTIVES.md).")
class IncentiveApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String RUN_EXAMPLE = """
            {"id": 42, "month": "2026-10", "status": "RUNNING", "statements": 0, "detail": null, "retriedBy": null}""";

    private final IncentiveRuns runs;
    private final IncentiveSheets sheets;

    IncentiveApi(IncentiveRuns runs, IncentiveSheets sheets) {
        this.runs = runs;
        this.sheets = sheets;
    }

    @PostMapping("/{month}/runs")
    @Operation(operationId = "startIncentiveRun", summary = "Calculate (or recalculate a draft of) a month",
            description = "Needs the scope incentives:run. Hands the calculation to the cluster's job store and "
                    + "answers at once; follow it with the run's GET. If the node carrying it out dies, another node "
                    + "redoes it. A month not yet calculated, or a draft, can be calculated.")
    @ApiResponse(responseCode = "202", description = "The run, RUNNING.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RunResource.class),
                    examples = @ExampleObject(value = RUN_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The month is locked (or reviewed or approved), or a run of it is "
            + "under way.")
    ResponseEntity<RunResource> start(@PathVariable("month") String month) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RunResource.of(runs.start(month(month))));
    }

    @GetMapping("/{month}/runs/{id}")
    @Operation(operationId = "getIncentiveRun", summary = "The status of a calculation run",
            description = "Needs the scope incentives:run. RUNNING, SUCCEEDED (with the number of statements) or "
                    + "FAILED (with the reason in detail; the previous draft is unchanged). A run whose node died is "
                    + "FAILED with detail incentive.run.interrupted and redone on another node as the run retriedBy: "
                    + "follow that one.")
    @ApiResponse(responseCode = "200", description = "The run.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RunResource.class)))
    @ApiResponse(responseCode = "404", description = "No run with this id for this month.")
    RunResource run(@PathVariable("month") String month, @PathVariable("id") long id) {
        return RunResource.of(runs.run(month(month), id));
    }

    @GetMapping(value = "/{month}/sheet.xlsx", produces = XLSX)
    @Operation(operationId = "getIncentiveSheet", summary = "The incentive sheet of a month",
            description = "Needs the scope incentives:export. The workbook HR exports from the UI (INCENTIVES.md), "
                    + "with zh (default) or en headers.")
    @ApiResponse(responseCode = "200", description = "incentives-YYYY-MM.xlsx",
            content = @Content(mediaType = XLSX))
    @ApiResponse(responseCode = "404", description = "The month has no calculation.")
    void sheet(@PathVariable("month") String month, @RequestParam(name = "lang", defaultValue = "zh") String lang,
               HttpServletResponse response) throws IOException {
        YearMonth m = month(month);
        Locale locale = switch (lang) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new InvalidInputException("lang", "incentive.sheet.lang", lang);
        };
        IncentiveSheets.Prepared sheet = sheets.prepare(m, locale);
        // Written straight to the response in this request (no async dispatch), row by row from the streaming workbook.
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(sheet.fileName()).build().toString());
        sheet.writeTo(response.getOutputStream());
    }

    static YearMonth month(String raw) {
        if (raw == null || !MONTH.matcher(raw).matches()) {
            throw new InvalidInputException("month", "incentive.month.invalid", raw);
        }
        try {
            return YearMonth.parse(raw, MONTH_FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "incentive.month.invalid", raw);
        }
    }

    record RunResource(long id, String month, String status, int statements, String detail, Long retriedBy) {
        static RunResource of(RunState run) {
            return new RunResource(run.id(), run.month().toString(), run.status().name(), run.statements(),
                    run.detail(), run.retriedBy());
        }
    }
}
