package com.touchpoint.satisfaction;

import com.touchpoint.shared.DataDirectory;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.shared.Band;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * The monthly callback report (《回访报告》) for a team, branch or region as a Word document: generated
 * on demand by the quality team and supervisors (their own teams), and for every unit each month.
 */
@Service
public class CallbackReports {

    private static final Logger log = LoggerFactory.getLogger(CallbackReports.class);

    private final ReportBuilder builder;
    private final ReportWriter writer;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final AccessPolicy access;
    private final DataDirectory dataDirectory;
    private final JdbcTemplate jdbc;
    private final OperatorTime operatorTime;
    private final Clock clock;
    private final IndicatorService indicators;

    CallbackReports(ReportBuilder builder, ReportWriter writer, StaffDirectory directory, OrgStructure org,
                    AccessPolicy access, DataDirectory dataDirectory, JdbcTemplate jdbc, OperatorTime operatorTime,
                    Clock clock, IndicatorService indicators) {
        this.builder = builder;
        this.writer = writer;
        this.directory = directory;
        this.org = org;
        this.access = access;
        this.dataDirectory = dataDirectory;
        this.jdbc = jdbc;
        this.operatorTime = operatorTime;
        this.clock = clock;
        this.indicators = indicators;
    }

    /** Generates and keeps the report of one unit and month; returns the stored report. */
    @Transactional
    @PreAuthorize("@access.canSeeUnit(#unitId) and (hasAnyRole('QUALITY', 'ADMIN', 'SUPERVISOR') or hasRole('SYSTEM'))")
    public CallbackReportSummary generate(long unitId, YearMonth month, Locale locale) {
        OrgUnitDetails unit = org.allUnits().stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(() -> new NotFoundException("org.unit.not-found", unitId));
        ReportContent content = builder.build(unit.name(), unit.code(), directory.refsUnder(unitId), month);
        content = withBreakdown(content, unit, month, locale);
        byte[] docx = writer.write(content, locale);
        String language = locale.getLanguage();
        Path file = dataDirectory.folder("reports").resolve(
                "callback-report-" + unit.code() + "-" + month + "-" + language + "-" + clock.millis() + ".docx");
        try {
            Files.write(file, docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("insert into satisfaction_report (unit_id, unit_code, unit_name, report_month, language, generated_at, "
                        + "generated_by, file_path) values (?, ?, ?, ?, ?, ?, ?, ?)", unitId, unit.code(), unit.name(),
                month.toString(), language, Timestamp.from(clock.instant()),
                SecurityContextHolder.getContext().getAuthentication().getName(), file.toString());
        return stored(unitId).get(0);
    }

    /** Reports the current user may see, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN', 'SUPERVISOR')")
    public List<CallbackReportSummary> list(int limit) {
        var scope = access.staffScope();
        return jdbc.query("select id, unit_id, unit_code, unit_name, report_month, language, generated_at, generated_by "
                + "from satisfaction_report order by generated_at desc, id desc", (rs, i) -> summary(rs)).stream()
                .filter(r -> scope.seesUnit(r.unitId())).limit(limit).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN', 'SUPERVISOR')")
    public byte[] download(long reportId) {
        var found = jdbc.query("select unit_id, file_path from satisfaction_report where id = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, reportId);
        if (found.isEmpty() || !access.canSeeUnit((Long) found.get(0)[0])) {
            throw new NotFoundException("report.not-found", reportId);
        }
        try {
            return Files.readAllBytes(Path.of((String) found.get(0)[1]));
        } catch (IOException e) {
            throw new NotFoundException("report.not-found", reportId);
        }
    }

    /** The monthly run: last month's report for every region, branch and team, in Chinese. */
    public void generateLastMonthForAllUnits() {
        YearMonth lastMonth = operatorTime.currentMonth().minusMonths(1);
        SystemActor.run("monthly-report", () -> {
            for (OrgUnitDetails unit : org.allUnits()) {
                generate(unit.id(), lastMonth, Locale.SIMPLIFIED_CHINESE);
            }
            log.info("Generated the {} callback reports of {}", org.allUnits().size(), lastMonth);
        }, "ROLE_QUALITY", "ROLE_SYSTEM");
    }

    private ReportContent withBreakdown(ReportContent content, OrgUnitDetails unit, YearMonth month, Locale locale) {
        ReportContent.Breakdown breakdown = unit.kind() == OrgUnitKind.TEAM
                ? new ReportContent.Breakdown(true, List.of(), staffRows(unit.id(), month, locale))
                : new ReportContent.Breakdown(false, org.allUnits().stream().filter(u -> unit.code().equals(u.parentCode()))
                        .map(u -> builder.unitRow(u.name(), u.code(), directory.refsUnder(u.id()), month)).toList(), List.of());
        return new ReportContent(content.unitName(), content.unitCode(), content.month(), content.current(),
                content.previous(), content.target(), content.mixedTarget(), content.items(), content.weakItems(), content.hotSpots(),
                content.themes(), content.previousThemes(), content.negativeComments(), content.positiveComments(),
                content.trend(), breakdown);
    }

    private List<ReportContent.StaffRow> staffRows(long teamId, YearMonth month, Locale locale) {
        Map<String, ItemDefinition> items = indicators.items().stream()
                .collect(Collectors.toMap(ItemDefinition::code, Function.identity()));
        Map<String, Map<Long, Band>> bands = new HashMap<>();
        return indicators.forTeam(teamId, Period.of(month)).stream().map(s -> new ReportContent.StaffRow(s,
                s.weakItems().isEmpty() ? null : items.get(s.weakItems().get(0)).name(locale),
                bands.computeIfAbsent(s.postCode(), post -> indicators.ranking(post, month).entries().stream()
                        .collect(Collectors.toMap(PostRanking.Entry::staffId, PostRanking.Entry::band)))
                        .getOrDefault(s.staffId(), Band.NOT_RANKED).messageKey(),
                s.insufficientSample(indicators.minSample()))).toList();
    }

    private List<CallbackReportSummary> stored(long unitId) {
        return jdbc.query("select id, unit_id, unit_code, unit_name, report_month, language, generated_at, generated_by "
                + "from satisfaction_report where unit_id = ? order by id desc", (rs, i) -> summary(rs), unitId);
    }

    private static CallbackReportSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CallbackReportSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                YearMonth.parse(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8));
    }
}
