package com.touchpoint.resilience;

import com.touchpoint.TestDatabase;
import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.incentive.IncentiveWorkflow;
import com.touchpoint.incentive.RunProgress;
import com.touchpoint.incentive.RunStatus;
import com.touchpoint.incentive.Statement;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore that README (Production) documents, on this run's test database: back up with
 * {@code mariadb-dump --single-transaction --routines --events}, change and delete data, restore with
 * {@code mariadb}, and the indicators, the incentive statements and the audit log are exactly as at the backup.
 * Skips where the MariaDB client programs are not installed.
 */
@TouchpointTest
class BackupRestoreTests {

    private static final Path DUMP = Path.of(System.getProperty("touchpoint.mariadb-dump", "/usr/bin/mariadb-dump"));
    private static final Path CLIENT = Path.of(System.getProperty("touchpoint.mariadb", "/usr/bin/mariadb"));
    private static final YearMonth MONTH = YearMonth.of(2024, 5);
    private static final List<String> CHECKED_TABLES = List.of("satisfaction_callback", "satisfaction_answer",
            "satisfaction_staff_day", "satisfaction_staff_day_item", "incentive_statement", "incentive_month",
            "audit_log_entry");

    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CallbackIntake intake;
    @Autowired
    IndicatorService indicators;
    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveStatements statements;
    @Autowired
    IncentiveWorkflow workflow;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_restored_backup_gives_back_the_indicators_statements_and_audit_log_exactly() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(DUMP) && Files.isExecutable(CLIENT),
                "mariadb-dump and mariadb are not installed (apt-get install mariadb-client)");
        Assumptions.assumeTrue(TestDatabase.BENCHMARK_DATABASE == null, "never on a benchmark database");
        var team = TestTeams.newTeam(org, directory, accounts, "WEST", "SHOP_SALES", 4);
        deliver(team, 0, 40);
        assertThat(TestAccess.as("hr1", () -> runs.runNow(MONTH, RunProgress.NONE), "ROLE_HR").status())
                .isEqualTo(RunStatus.SUCCEEDED);
        Snapshot atBackup = snapshot(team.id());
        assertThat(atBackup.indicators()).hasSize(4).allSatisfy(i -> assertThat(i.attempted()).isPositive());
        assertThat(atBackup.statements()).isNotEmpty();
        assertThat(atBackup.audit()).isNotEmpty();

        Path backup = Files.createTempFile("touchpoint-backup-", ".sql");
        try {
            long t = System.nanoTime();
            run(backup, null, DUMP.toString(), "--single-transaction", "--routines", "--events");
            long dumped = System.nanoTime() - t;

            // change: more callbacks, a recalculation with an adjustment; drop: statements and audit entries
            deliver(team, 40, 20);
            Statement first = atBackup.statements().get(0);
            TestAccess.as("hr1", () -> workflow.adjust(first.id(), new BigDecimal("88.80"), "恢复测试的调整"), "ROLE_HR");
            jdbc.update("delete from incentive_statement where incentive_month = ? and id <> ?", MONTH.toString(),
                    first.id());
            jdbc.update("delete from audit_log_entry where id > (select min(id) from (select id from audit_log_entry) a)");
            Snapshot changed = snapshot(team.id());
            assertThat(changed.indicators()).isNotEqualTo(atBackup.indicators());
            assertThat(changed.statements()).isNotEqualTo(atBackup.statements());
            assertThat(changed.audit()).isNotEqualTo(atBackup.audit());
            assertThat(changed.checksums()).isNotEqualTo(atBackup.checksums());

            t = System.nanoTime();
            run(null, backup, CLIENT.toString());
            long restored = System.nanoTime() - t;

            Snapshot afterRestore = snapshot(team.id());
            assertThat(afterRestore.indicators()).isEqualTo(atBackup.indicators());
            assertThat(afterRestore.statements()).isEqualTo(atBackup.statements());
            assertThat(afterRestore.audit()).isEqualTo(atBackup.audit());
            assertThat(afterRestore.checksums()).isEqualTo(atBackup.checksums());
            System.out.printf("BACKUP %.1f MB dumped in %.1f s, restored in %.1f s; %d statements, %d audit entries, "
                            + "%d staff indicators and %d table checksums equal after the restore%n",
                    Files.size(backup) / 1e6, dumped / 1e9, restored / 1e9, afterRestore.statements().size(),
                    afterRestore.audit().size(), afterRestore.indicators().size(), afterRestore.checksums().size());
        } finally {
            Files.deleteIfExists(backup);
        }
    }

    record Snapshot(List<StaffIndicators> indicators, List<Statement> statements, List<String> audit,
                    Map<String, Long> checksums) {
    }

    private Snapshot snapshot(long teamId) {
        var period = new Period(MONTH.atDay(1), MONTH.atEndOfMonth());
        List<StaffIndicators> figures = TestAccess.asAdmin(() -> indicators.forTeam(teamId, period));
        List<Statement> month = TestAccess.as("hr1", () -> statements.ofMonth(MONTH), "ROLE_HR");
        List<String> log = TestAccess.asAdmin(() -> audit.search("", PageRequest.of(0, 100_000))).stream()
                .map(e -> String.join("|", String.valueOf(e.getId()), String.valueOf(e.getOccurredAt()), e.getActor(),
                        e.getAction(), e.getEntityType(), e.getEntityKey(), String.valueOf(e.getBeforeState()),
                        String.valueOf(e.getAfterState())))
                .toList();
        Map<String, Long> checksums = new LinkedHashMap<>();
        for (String table : CHECKED_TABLES) {
            checksums.put(table, jdbc.queryForObject("checksum table " + table, (rs, row) -> rs.getLong(2)));
        }
        return new Snapshot(figures, month, log, checksums);
    }

    private void deliver(TestTeams.Team team, int from, int count) {
        List<CallbackRecord> records = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            var member = team.members().get(i % team.members().size());
            LocalDate day = MONTH.atDay(1 + i % 28);
            records.add(new CallbackRecord("BK-" + team.code() + "-" + i, member.employeeNo(), day.toString(),
                    day.plusDays(1).toString(), "TRANSACTION", "SHOP", "MASS", "COMPLETED", "STANDARD-2026",
                    Map.of("ATTITUDE", 1 + i % 5, "EFFICIENCY", 1 + (i + 1) % 5, "PROFESSIONAL", 1 + (i + 2) % 5,
                            "PROMISE", 1 + (i + 3) % 5, "RESOLUTION", 1 + (i + 4) % 5, "OVERALL", 1 + i % 10),
                    i % 9 == 0, null));
        }
        var result = TestAccess.as("quality1", () -> intake.ingest(records), "ROLE_QUALITY");
        assertThat(result.accepted()).isEqualTo(count);
    }

    /** Runs a MariaDB client program against this run's database, with stdout to or stdin from a file. */
    private static void run(Path output, Path input, String... program) throws Exception {
        URI url = URI.create(TestDatabase.url().substring("jdbc:".length()));
        String database = url.getPath().substring(1);
        List<String> command = new ArrayList<>(List.of(program));
        command.addAll(List.of("--protocol=tcp", "--host=" + url.getHost(), "--port=" + (url.getPort() < 0 ? 3306 : url.getPort()),
                "--user=" + TestDatabase.USER));
        if (!TestDatabase.PASSWORD.isEmpty()) {
            command.add("--password=" + TestDatabase.PASSWORD);
        }
        command.add(database);
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(command.get(0) + " finished").isTrue();
        assertThat(process.exitValue()).as(command.get(0) + " exit status").isZero();
    }
}
