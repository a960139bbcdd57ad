package com.touchpoint.staff;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.ImportTimings;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.TabularData;
import com.touchpoint.shared.TabularFiles;
import com.touchpoint.shared.TabularRow;
import com.touchpoint.shared.YesNo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports the staff directory from .xlsx or .csv: a preview with every row's problems first, then the
 * valid rows in one transaction. Re-importing updates staff by employee number instead of duplicating.
 */
@Service
public class StaffImport {

    // STRICT, or 2023-02-29 would quietly become 2023-02-28 instead of being reported
    private static final List<DateTimeFormatter> DATE_FORMATS = Stream.of(
                    "uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuuMMdd", "uuuu年M月d日")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Map<String, StaffColumn> FIELD_COLUMNS = Map.of("employeeNo", StaffColumn.EMPLOYEE_NO,
            "name", StaffColumn.NAME, "post", StaffColumn.POST, "teamCode", StaffColumn.TEAM,
            "hireDate", StaffColumn.HIRE_DATE, "active", StaffColumn.ACTIVE);

    private final StaffDirectory directory;
    private final StaffRepository staff;
    private final PostRepository posts;
    private final OrgUnitRepository units;
    private final AuditLog audit;
    private final ImportTimings timings;

    StaffImport(StaffDirectory directory, StaffRepository staff, PostRepository posts, OrgUnitRepository units,
                AuditLog audit, ImportTimings timings) {
        this.directory = directory;
        this.staff = staff;
        this.posts = posts;
        this.units = units;
        this.audit = audit;
        this.timings = timings;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageDirectory()")
    public StaffImportPreview preview(String fileName, byte[] content) {
        TabularData data = TabularFiles.read(fileName, content);
        Map<StaffColumn, Integer> columns = StaffColumn.columns(data.headers());
        Lookups lookups = new Lookups(posts.findAll(), units.findAll());
        Map<String, Integer> seen = new HashMap<>();
        List<StaffImportRow> rows = new ArrayList<>();
        for (TabularRow row : data.rows()) {
            if (!row.isBlank()) {
                rows.add(checkRow(row, columns, data.headers(), lookups, seen));
            }
        }
        return new StaffImportPreview(fileName, data.headers(), rows);
    }

    /** Stores the valid rows of a preview, all or none; invalid rows are left out. */
    @Transactional
    @PreAuthorize("@access.canManageDirectory()")
    public StaffImportResult importValidRows(StaffImportPreview preview) {
        return timings.time("staff", () -> store(preview));
    }

    private StaffImportResult store(StaffImportPreview preview) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (StaffChange change : preview.validChanges()) {
            Optional<StaffDetails> before = staff.findByEmployeeNo(change.employeeNo()).map(StaffDetails::of);
            StaffDetails after = directory.save(change);
            if (before.isEmpty()) {
                created++;
            } else if (before.get().equals(after)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        var result = new StaffImportResult(created, updated, unchanged, preview.invalidCount());
        audit.record("IMPORT", "StaffDirectory", preview.fileName(), null, result);
        return result;
    }

    private StaffImportRow checkRow(TabularRow row, Map<StaffColumn, Integer> columns, List<String> headers,
                                    Lookups lookups, Map<String, Integer> seen) {
        List<StaffImportRow.RowProblem> problems = new ArrayList<>();
        java.util.function.Function<StaffColumn, String> cell = c -> columns.containsKey(c) ? row.cell(columns.get(c)) : "";
        java.util.function.Function<StaffColumn, String> header = c -> columns.containsKey(c)
                ? headers.get(columns.get(c)) : c.chineseHeader();

        String postText = cell.apply(StaffColumn.POST);
        String postCode = lookups.post(postText).orElse(postText);
        if (!postText.isBlank() && lookups.post(postText).isEmpty()) {
            problems.add(new StaffImportRow.RowProblem(header.apply(StaffColumn.POST), "staff.post.unknown", postText));
        }
        String teamText = cell.apply(StaffColumn.TEAM);
        String teamCode = lookups.team(teamText).orElse(teamText);
        if (!teamText.isBlank() && lookups.team(teamText).isEmpty()) {
            problems.add(lookups.otherUnitKind(teamText)
                    .map(kind -> new StaffImportRow.RowProblem(header.apply(StaffColumn.TEAM), "staff.team.not-a-team",
                            teamText, kind))
                    .orElseGet(() -> new StaffImportRow.RowProblem(header.apply(StaffColumn.TEAM), "staff.team.unknown",
                            teamText)));
        }
        String dateText = cell.apply(StaffColumn.HIRE_DATE);
        LocalDate hireDate = parseDate(dateText);
        if (!dateText.isBlank() && hireDate == null) {
            problems.add(new StaffImportRow.RowProblem(header.apply(StaffColumn.HIRE_DATE), "import.date.invalid", dateText));
        }
        String activeText = cell.apply(StaffColumn.ACTIVE);
        Boolean active = activeText.isBlank() ? Boolean.TRUE : YesNo.parse(activeText).orElse(null);
        if (active == null) {
            problems.add(new StaffImportRow.RowProblem(header.apply(StaffColumn.ACTIVE), "import.active.invalid",
                    cell.apply(StaffColumn.ACTIVE)));
        }
        var change = new StaffChange(cell.apply(StaffColumn.EMPLOYEE_NO), cell.apply(StaffColumn.NAME), postCode,
                teamCode, hireDate, active == null ? Boolean.TRUE : active);
        for (InvalidInputException.FieldProblem p : directory.check(change).problems()) {
            boolean alreadyReported = problems.stream().anyMatch(r -> r.column().equals(header.apply(FIELD_COLUMNS.get(p.field()))));
            if (!alreadyReported) {
                problems.add(new StaffImportRow.RowProblem(header.apply(FIELD_COLUMNS.get(p.field())), p.messageKey(),
                        p.arguments()));
            }
        }
        String employeeNo = change.employeeNo();
        if (!employeeNo.isBlank()) {
            // case-insensitively, as the database's unique key on employee_no compares them
            Integer firstRow = seen.putIfAbsent(employeeNo.toUpperCase(Locale.ROOT), row.rowNumber());
            if (firstRow != null) {
                problems.add(new StaffImportRow.RowProblem(header.apply(StaffColumn.EMPLOYEE_NO),
                        "import.employee-no.duplicate", employeeNo, firstRow));
            }
        }
        return new StaffImportRow(row.rowNumber(), row.cells(), problems.isEmpty() ? change : null, problems);
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** Posts by code or name, teams by code or name, looked up once per file. */
    private static final class Lookups {
        private final Map<String, String> posts = new HashMap<>();
        private final Map<String, String> teams = new HashMap<>();
        private final Map<String, OrgUnitKind> otherUnits = new HashMap<>();

        Lookups(List<Post> allPosts, List<OrgUnit> allUnits) {
            for (Post p : allPosts) {
                posts.put(p.getCode().toLowerCase(Locale.ROOT), p.getCode());
                posts.put(p.getNameZh(), p.getCode());
                posts.put(p.getNameEn().toLowerCase(Locale.ROOT), p.getCode());
            }
            List<OrgUnit> allTeams = allUnits.stream().filter(u -> u.getKind() == OrgUnitKind.TEAM).toList();
            allUnits.stream().filter(u -> u.getKind() != OrgUnitKind.TEAM)
                    .forEach(u -> otherUnits.put(u.getCode().toLowerCase(Locale.ROOT), u.getKind()));
            Set<String> ambiguous = new HashSet<>();
            for (OrgUnit t : allTeams) {
                teams.put(t.getCode().toLowerCase(Locale.ROOT), t.getCode());
                if (teams.putIfAbsent(t.getName(), t.getCode()) != null) {
                    ambiguous.add(t.getName());
                }
            }
            ambiguous.forEach(teams::remove);
        }

        Optional<String> post(String text) {
            return Optional.ofNullable(posts.get(text.strip().toLowerCase(Locale.ROOT)))
                    .or(() -> Optional.ofNullable(posts.get(text.strip())));
        }

        Optional<String> team(String text) {
            return Optional.ofNullable(teams.get(text.strip().toLowerCase(Locale.ROOT)))
                    .or(() -> Optional.ofNullable(teams.get(text.strip())));
        }

        /** The kind of a region or branch given where a team belongs, so the row can say so. */
        Optional<OrgUnitKind> otherUnitKind(String code) {
            return Optional.ofNullable(otherUnits.get(code.strip().toLowerCase(Locale.ROOT)));
        }
    }
}
