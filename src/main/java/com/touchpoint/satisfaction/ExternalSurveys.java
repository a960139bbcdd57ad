package com.touchpoint.satisfaction;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.HeaderAliases;
import com.touchpoint.shared.InputCheck;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * External satisfaction (外部满意度) from the third-party survey. Its weakest items are what the
 * callback questionnaire should ask about, so the questionnaire screen shows them.
 */
@Service
public class ExternalSurveys {

    static final Pattern QUARTER = Pattern.compile("20\\d\\dQ[1-4]");
    private static final HeaderAliases<String> HEADERS = new HeaderAliases<String>()
            .field("quarter", "季度", "quarter").field("unitCode", "单位", "unit")
            .field("itemCode", "题项", "item").field("score", "得分", "score");

    private final JdbcTemplate jdbc;
    private final OrgStructure org;
    private final Questionnaires questionnaires;
    private final AuditLog audit;
    private final Clock clock;

    ExternalSurveys(JdbcTemplate jdbc, OrgStructure org, Questionnaires questionnaires, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public void record(ExternalScore score) {
        check(score).throwIfInvalid();
        store(score);
    }

    /**
     * Imports scores from .xlsx or .csv (columns 季度/quarter, 单位/unit, 题项/item, 得分/score; units and
     * items by code or name). Valid rows are stored together; each invalid row is reported by row and column.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public ExternalImportResult importFile(String fileName, byte[] content) {
        com.touchpoint.shared.TabularData data = com.touchpoint.shared.TabularFiles.read(fileName, content);
        java.util.Map<String, Integer> columns = HEADERS.columns(data.headers());
        HeaderAliases.requireAll(columns, List.of("quarter", "unitCode", "itemCode", "score"), f -> f);
        List<ExternalImportResult.RowProblem> problems = new java.util.ArrayList<>();
        int stored = 0;
        for (com.touchpoint.shared.TabularRow row : data.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String scoreText = row.cell(columns.get("score"));
            BigDecimal score;
            try {
                score = new BigDecimal(scoreText);
            } catch (NumberFormatException e) {
                score = null;
            }
            var candidate = new ExternalScore(row.cell(columns.get("quarter")), unitCode(row.cell(columns.get("unitCode"))),
                    itemCode(row.cell(columns.get("itemCode"))), score);
            var rowProblems = check(candidate).problems();
            if (rowProblems.isEmpty()) {
                store(candidate);
                stored++;
            }
            for (var p : rowProblems) {
                problems.add(new ExternalImportResult.RowProblem(row.rowNumber(),
                        data.headers().get(columns.get(p.field())), p.messageKey(), p.arguments()));
            }
        }
        return new ExternalImportResult(stored, problems);
    }

    private String unitCode(String text) {
        return org.allUnits().stream().filter(u -> u.code().equals(text) || u.name().equals(text)).map(
                com.touchpoint.staff.OrgUnitDetails::code).findFirst().orElse(text);
    }

    private String itemCode(String text) {
        return questionnaires.current().items().stream().filter(i -> i.code().equalsIgnoreCase(text)
                || i.nameZh().equals(text) || i.nameEn().equalsIgnoreCase(text)).map(ItemDefinition::code)
                .findFirst().orElse(text);
    }

    private InputCheck check(ExternalScore score) {
        return new InputCheck()
                .code(score.quarter(), "quarter", QUARTER, 6)
                .require(score.unitCode() != null && org.unit(score.unitCode())
                        .filter(u -> u.kind() != OrgUnitKind.TEAM).isPresent(), "unitCode", "external.unit.invalid",
                        score.unitCode())
                .require(score.itemCode() != null && questionnaires.current().item(score.itemCode()).isPresent(),
                        "itemCode", "callback.item.unknown", score.itemCode(), questionnaires.current().code())
                .require(score.score() != null && score.score().signum() >= 0
                        && score.score().compareTo(BigDecimal.valueOf(100)) <= 0, "score", "target.out-of-range", score.score());
    }

    private void store(ExternalScore score) {
        jdbc.update("delete from satisfaction_external_score where quarter = ? and unit_code = ? and item_code = ?",
                score.quarter(), score.unitCode(), score.itemCode());
        jdbc.update("insert into satisfaction_external_score (quarter, unit_code, item_code, score, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?)", score.quarter(), score.unitCode(), score.itemCode(), score.score(),
                SecurityContextHolder.getContext().getAuthentication().getName(), Timestamp.from(clock.instant()));
        audit.record("RECORD", "ExternalScore", score.quarter() + "/" + score.unitCode() + "/" + score.itemCode(), null, score);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public List<ExternalScore> all() {
        return jdbc.query("select quarter, unit_code, item_code, score from satisfaction_external_score "
                        + "order by quarter desc, unit_code, item_code",
                (rs, i) -> new ExternalScore(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
    }

    /** The latest quarter's items, weakest first (scores averaged over the units surveyed). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public List<ExternalScore> weakestOfLatestQuarter() {
        List<ExternalScore> all = all();
        if (all.isEmpty()) {
            return List.of();
        }
        String latest = all.get(0).quarter();
        return all.stream().filter(s -> s.quarter().equals(latest))
                .collect(java.util.stream.Collectors.groupingBy(ExternalScore::itemCode,
                        java.util.stream.Collectors.averagingDouble(s -> s.score().doubleValue())))
                .entrySet().stream()
                .map(e -> new ExternalScore(latest, "*", e.getKey(),
                        BigDecimal.valueOf(e.getValue()).setScale(2, java.math.RoundingMode.HALF_UP)))
                .sorted(Comparator.comparing(ExternalScore::score)).toList();
    }
}
