package com.touchpoint.satisfaction;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Callback file imports: formats, encodings, row errors, the error file, history, and all-or-nothing. */
@TouchpointTest
class CallbackFileImportTests {

    static final String HEADER = "外部编号,工号,服务日期,回访日期,业务类型,渠道,客户类型,回访状态,服务态度,办理效率,专业能力,承诺兑现,问题解决,总体满意度,投诉,客户评价,客户电话";

    @Autowired
    CallbackFileImport imports;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportHistoryStore historyStore;
    @Autowired
    ImportProperties importProperties;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @TempDir
    Path dir;
    String employeeNo;
    String prefix;

    @BeforeEach
    void setUp() {
        employeeNo = CallbackFixtures.newStaff(directory, "SHOP_SALES", "T-NORTH-2");
        prefix = "F-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private String row(int n, String employee, String serviceDate, String status, String attitude) {
        return prefix + n + "," + employee + "," + serviceDate + ",2026-10-05,业务办理,营业厅,大众客户," + status + ","
                + attitude + ",4,5,4,4,9,否,\"态度很好，办得快\",13800138000";
    }

    private Path csv(String name, Charset charset, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", charset);
        return file;
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from satisfaction_callback where external_id like ?", Integer.class,
                prefix + "%");
    }

    private CallbackImportSummary importAsQuality(String name, Path file) {
        return TestAccess.as("quality1", () -> imports.importFile(name, file, Locale.SIMPLIFIED_CHINESE, done -> {
        }), "ROLE_QUALITY");
    }

    @Test
    void a_gbk_csv_with_chinese_headers_and_values_is_imported_and_bad_rows_go_to_the_error_file() throws IOException {
        Path file = csv("回访.csv", Charset.forName("GBK"), List.of(HEADER,
                row(1, employeeNo, "2026-10-03", "已完成", "5"),
                row(2, "NOBODY", "2026-10-03", "已完成", "5"),
                row(3, employeeNo, "2026-10-03", "已完成", "7"),
                row(4, employeeNo, "2026-10-03", "未接通", "")));
        var preview = TestAccess.as("quality1", () -> imports.preview("回访.csv", file, Locale.SIMPLIFIED_CHINESE),
                "ROLE_QUALITY");
        assertThat(preview.totalRows()).isEqualTo(4);
        assertThat(preview.rows().get(1).problems()).singleElement().asString().contains("第 3 行").contains("工号")
                .contains("NOBODY");
        assertThat(stored()).isZero();

        var result = importAsQuality("回访.csv", file);
        assertThat(result.status()).isEqualTo(CallbackImportSummary.SUCCEEDED);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select comment_text from satisfaction_callback where external_id = ?",
                String.class, prefix + "1")).isEqualTo("态度很好，办得快");

        Path errors = TestAccess.as("quality1", () -> imports.errorFile(result.id()), "ROLE_QUALITY").orElseThrow();
        try (var workbook = new XSSFWorkbook(Files.newInputStream(errors))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("外部编号");
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(second.getCell(second.getLastCellNum() - 1).getStringCellValue())
                    .contains("服务态度").contains("7");
            Row unreachable = sheet.getRow(3);
            assertThat(unreachable.getCell(unreachable.getLastCellNum() - 1).getStringCellValue()).contains("未接通");
        }
        var history = TestAccess.as("quality1", () -> imports.history(5), "ROLE_QUALITY");
        assertThat(history.get(0).fileName()).isEqualTo("回访.csv");
        assertThat(history.get(0).importedBy()).isEqualTo("quality1");
    }

    @Test
    void the_preview_flags_an_external_id_repeated_in_the_file_and_counts_what_the_import_then_does() throws IOException {
        Path file = csv("repeats.csv", StandardCharsets.UTF_8, List.of(HEADER,
                row(1, employeeNo, "2026-10-03", "已完成", "5"),
                row(1, employeeNo, "2026-10-03", "已完成", "5"),
                row(1, employeeNo, "2026-10-03", "已完成", "4"),
                row(4, "NOBODY", "2026-10-03", "已完成", "5"),
                row(5, employeeNo, "2026-10-03", "已完成", "5")));
        var preview = TestAccess.as("quality1", () -> imports.preview("repeats.csv", file, Locale.SIMPLIFIED_CHINESE),
                "ROLE_QUALITY");
        assertThat(preview.totalRows()).isEqualTo(5);
        assertThat(preview.rows()).extracting(CallbackImportPreview.Row::status).containsExactly(
                CallbackImportPreview.RowStatus.VALID, CallbackImportPreview.RowStatus.DUPLICATE,
                CallbackImportPreview.RowStatus.INVALID, CallbackImportPreview.RowStatus.INVALID,
                CallbackImportPreview.RowStatus.VALID);
        assertThat(preview.rows().get(1).problems()).singleElement().asString()
                .isEqualTo("第 3 行：外部编号 " + prefix + "1 与本文件第 2 行重复");
        assertThat(preview.rows().get(2).problems()).hasSize(2).first().asString().contains("与本文件第 2 行重复");
        assertThat(preview.repeatedInFile()).isEqualTo(2);
        assertThat(stored()).isZero();

        var result = importAsQuality("repeats.csv", file);
        assertThat(List.of(preview.accepted(), preview.duplicates(), preview.rejected()))
                .containsExactly(result.accepted(), result.duplicates(), result.rejected())
                .containsExactly(2, 1, 2);

        var again = TestAccess.as("quality1", () -> imports.preview("repeats.csv", file, Locale.SIMPLIFIED_CHINESE),
                "ROLE_QUALITY");
        assertThat(List.of(again.accepted(), again.duplicates(), again.rejected())).containsExactly(0, 3, 2);
        assertThat(again.rows().get(0).problems()).singleElement().asString().contains("已以相同内容保存");
    }

    @Test
    void a_file_with_only_its_header_previews_as_nothing_to_import() throws IOException {
        Path file = csv("header-only.csv", StandardCharsets.UTF_8, List.of(HEADER));
        var preview = TestAccess.as("quality1", () -> imports.preview("header-only.csv", file, Locale.SIMPLIFIED_CHINESE),
                "ROLE_QUALITY");
        assertThat(preview.rows()).isEmpty();
        assertThat(List.of(preview.totalRows(), preview.accepted(), preview.duplicates(), preview.rejected()))
                .containsOnly(0);
    }

    @Test
    void chinese_import_errors_name_the_item_by_its_chinese_name_not_its_code() throws IOException {
        Path file = csv("scale.csv", StandardCharsets.UTF_8, List.of(HEADER, row(1, employeeNo, "2026-10-03", "已完成", "7")));
        var preview = TestAccess.as("quality1", () -> imports.preview("scale.csv", file, Locale.SIMPLIFIED_CHINESE),
                "ROLE_QUALITY");
        assertThat(preview.rows().get(0).problems()).singleElement().asString()
                .contains("题项 服务态度 的答案 7").doesNotContain("ATTITUDE");
        var english = TestAccess.as("quality1", () -> imports.preview("scale.csv", file, Locale.ENGLISH), "ROLE_QUALITY");
        assertThat(english.rows().get(0).problems()).singleElement().asString()
                .contains("item Service attitude").doesNotContain("ATTITUDE");
    }

    @Test
    void the_customers_phone_column_is_never_stored() throws IOException {
        Path file = csv("phone.csv", StandardCharsets.UTF_8, List.of(HEADER, row(1, employeeNo, "2026-10-03", "COMPLETED", "5")));
        assertThat(importAsQuality("phone.csv", file).accepted()).isEqualTo(1);
        var rows = jdbc.queryForList("select * from satisfaction_callback where external_id = ?", prefix + "1");
        assertThat(rows).hasSize(1);
        assertThat(rows.toString()).doesNotContain("13800138000");
    }

    @Test
    void an_xlsx_with_english_headers_and_date_cells_is_imported() throws IOException {
        Path file = dir.resolve("callbacks.xlsx");
        try (var workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            String[] header = {"External id", "Employee no", "Service date", "Callback date", "Service type", "Channel",
                    "Customer segment", "Status", "ATTITUDE", "OVERALL"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(prefix + "1");
            row.createCell(1).setCellValue(employeeNo);
            var service = row.createCell(2);
            service.setCellValue(LocalDate.of(2026, 10, 3));
            service.setCellStyle(dateStyle);
            var callback = row.createCell(3);
            callback.setCellValue(LocalDate.of(2026, 10, 4));
            callback.setCellStyle(dateStyle);
            row.createCell(4).setCellValue("REPAIR");
            row.createCell(5).setCellValue("ONSITE");
            row.createCell(6).setCellValue("KEY");
            row.createCell(7).setCellValue("COMPLETED");
            row.createCell(8).setCellValue(4);
            row.createCell(9).setCellValue(10);
            workbook.write(out);
        }
        var result = importAsQuality("callbacks.xlsx", file);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select service_date from satisfaction_callback where external_id = ?",
                LocalDate.class, prefix + "1")).isEqualTo(LocalDate.of(2026, 10, 3));
    }

    @Test
    void a_file_that_breaks_after_thousands_of_rows_stores_nothing() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < CallbackFileImport.CHUNK + 100; i++) {
            lines.add(row(i, employeeNo, "2026-10-03", "已完成", "5"));
        }
        lines.add(prefix + "broken,\"unterminated");
        Path file = csv("broken.csv", StandardCharsets.UTF_8, lines);
        assertThatThrownBy(() -> importAsQuality("broken.csv", file))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.unreadable"));
        assertThat(stored()).isZero();
        var last = TestAccess.as("quality1", () -> imports.history(1), "ROLE_QUALITY").get(0);
        assertThat(last.fileName()).isEqualTo("broken.csv");
        assertThat(last.status()).isEqualTo(CallbackImportSummary.FAILED);
        assertThat(last.message()).contains("broken.csv");
    }

    @Test
    void a_missing_column_or_a_corrupt_file_gets_one_clear_message() throws IOException {
        Path noStatus = csv("nostatus.csv", StandardCharsets.UTF_8, List.of("外部编号,工号,服务日期,回访日期,业务类型,渠道,客户类型",
                prefix + "1," + employeeNo + ",2026-10-03,2026-10-05,业务办理,营业厅,大众客户"));
        assertThatThrownBy(() -> importAsQuality("nostatus.csv", noStatus))
                .isInstanceOfSatisfying(TouchpointException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.header.missing");
                    assertThat(e.arguments()[0].toString()).contains("status");
                });
        Path corrupt = dir.resolve("corrupt.xlsx");
        Files.writeString(corrupt, "this is not a workbook");
        assertThatThrownBy(() -> importAsQuality("corrupt.xlsx", corrupt))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.unreadable"));
        assertThat(stored()).isZero();
    }

    @Test
    void progress_is_reported_while_importing() throws IOException {
        Path file = moreThanTwoChunks("many.csv");
        List<Integer> reported = new ArrayList<>();
        var result = TestAccess.as("quality1", () -> imports.importFile("many.csv", file, Locale.ENGLISH, reported::add),
                "ROLE_QUALITY");
        assertThat(result.accepted()).isEqualTo(CallbackFileImport.CHUNK * 2 + 5);
        assertThat(reported).containsExactly(CallbackFileImport.CHUNK, CallbackFileImport.CHUNK * 2,
                CallbackFileImport.CHUNK * 2 + 5);
    }

    @Test
    void a_running_import_whose_heartbeat_stopped_is_reported_interrupted_and_a_live_one_as_running() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Duration stale = importProperties.staleAfter();
        long silent = historyStore.start("silent.xlsx", "quality1", now.minus(stale).minusSeconds(1));
        long beating = historyStore.start("beating.xlsx", "quality1", now.minus(stale).minusSeconds(1));
        historyStore.beat(beating, now.minusSeconds(5));
        long fresh = historyStore.start("fresh.xlsx", "quality1", now.minusSeconds(5));
        clock.set(now);
        try {
            var history = TestAccess.as("quality1", () -> imports.history(50), "ROLE_QUALITY");
            assertThat(statusOf(history, silent)).isEqualTo(CallbackImportSummary.INTERRUPTED);
            assertThat(statusOf(history, beating)).isEqualTo(CallbackImportSummary.RUNNING);
            assertThat(statusOf(history, fresh)).isEqualTo(CallbackImportSummary.RUNNING);

            // once an import has recorded an outcome, neither a late heartbeat nor staleness changes it
            historyStore.finish(silent, now, CallbackImportSummary.FAILED, 0, 0, 0, 0, null, "stopped");
            historyStore.beat(silent, now);
            historyStore.finish(silent, now, CallbackImportSummary.SUCCEEDED, 9, 9, 0, 0, null, null);
            clock.set(now.plus(stale).plusSeconds(10));
            var later = TestAccess.as("quality1", () -> imports.history(50), "ROLE_QUALITY");
            assertThat(statusOf(later, silent)).isEqualTo(CallbackImportSummary.FAILED);
            assertThat(statusOf(later, beating)).isEqualTo(CallbackImportSummary.INTERRUPTED);
            assertThat(statusOf(later, fresh)).isEqualTo(CallbackImportSummary.INTERRUPTED);
        } finally {
            clock.reset();
            jdbc.update("delete from satisfaction_import where id in (?, ?, ?)", silent, beating, fresh);
        }
    }

    /** A file of two chunks and five rows more, each row a valid completed callback. */
    private Path moreThanTwoChunks(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < CallbackFileImport.CHUNK * 2 + 5; i++) {
            lines.add(row(i, employeeNo, "2026-10-03", "已完成", "4"));
        }
        return csv(name, StandardCharsets.UTF_8, lines);
    }

    private static String statusOf(List<CallbackImportSummary> history, long id) {
        return history.stream().filter(h -> h.id() == id).findFirst().orElseThrow().status();
    }

    @Test
    void an_import_renews_its_heartbeat_while_it_reads_rows_and_records_success_with_them() throws IOException {
        Path file = moreThanTwoChunks("long.csv");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        clock.set(start);
        var separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        List<Instant> beats = new ArrayList<>();
        try {
            var result = TestAccess.as("quality1", () -> imports.importFile("long.csv", file, Locale.ENGLISH, done -> {
                // read outside the import's transaction, which sees the history as it was when it began
                Timestamp beat = separately.execute(s -> jdbc.queryForObject("select heartbeat_at from "
                        + "satisfaction_import where file_name = ? order by id desc limit 1", Timestamp.class, "long.csv"));
                beats.add(beat == null ? null : beat.toInstant());
                // each chunk seems to take longer than the heartbeat interval
                clock.set(clock.instant().plus(importProperties.heartbeatEvery()).plusSeconds(1));
            }), "ROLE_QUALITY");
            assertThat(result.status()).isEqualTo(CallbackImportSummary.SUCCEEDED);
            assertThat(result.accepted()).isEqualTo(CallbackFileImport.CHUNK * 2 + 5);
        } finally {
            clock.reset();
        }
        Duration step = importProperties.heartbeatEvery().plusSeconds(1);
        assertThat(beats).containsExactly(null, start.plus(step), start.plus(step).plus(step));
    }

    @Test
    void only_quality_and_admins_import() throws IOException {
        Path file = csv("x.csv", StandardCharsets.UTF_8, List.of(HEADER, row(1, employeeNo, "2026-10-03", "已完成", "5")));
        AtomicInteger ignored = new AtomicInteger();
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> imports.importFile("x.csv", file, Locale.ENGLISH,
                ignored::set), "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("hr1", () -> imports.history(5), "ROLE_HR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isZero();
    }
}
