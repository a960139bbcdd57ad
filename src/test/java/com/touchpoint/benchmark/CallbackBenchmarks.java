package com.touchpoint.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurements asked for by the callback issue, run on demand (not part of {@code ./mvnw verify}):
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=CallbackBenchmarks}.
 * Figures are printed as "BENCHMARK ..." lines.
 */
@Tag("benchmark")
@TouchpointTest
class CallbackBenchmarks {

    static final int FILE_ROWS = 100_000;
    static final int MILLION = 1_000_000;

    @LocalServerPort
    int port;
    @Autowired
    CallbackFileImport imports;
    @Autowired
    CallbackIntake intake;
    @Autowired
    IndicatorService indicators;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @TempDir
    Path dir;

    private final Random random = new Random(7);

    private static void report(String what, long nanos, long count) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK %s: %.1f s, %.0f rows/s%n", what, seconds, count / seconds);
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    @Test
    void import_100000_rows_from_xlsx_and_through_the_api() throws Exception {
        Path file = dir.resolve("callbacks-100k.xlsx");
        try (var workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            String[] header = {"外部编号", "工号", "服务日期", "回访日期", "业务类型", "渠道", "客户类型", "回访状态", "服务态度",
                    "办理效率", "专业能力", "承诺兑现", "问题解决", "总体满意度", "投诉", "客户评价"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= FILE_ROWS; i++) {
                Row row = sheet.createRow(i);
                String[] cells = {"BX-" + i, "E1" + String.format("%04d", 1 + random.nextInt(120)), "2026-09-"
                        + String.format("%02d", 1 + random.nextInt(28)), "2026-10-02", "业务办理", "营业厅", "大众客户", "已完成",
                        "" + (3 + random.nextInt(3)), "" + (3 + random.nextInt(3)), "" + (3 + random.nextInt(3)),
                        "" + (2 + random.nextInt(4)), "" + (3 + random.nextInt(3)), "" + (6 + random.nextInt(5)), "否",
                        i % 3 == 0 ? "服务很好，办理很快" : ""};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
        System.out.printf("BENCHMARK xlsx file: %d rows, %.1f MB%n", FILE_ROWS, Files.size(file) / 1e6);
        System.gc();
        long heapBefore = usedHeapMb();
        long[] peak = {heapBefore};
        long start = System.nanoTime();
        var result = TestAccess.as("quality1", () -> imports.importFile("callbacks-100k.xlsx", file, Locale.ENGLISH,
                done -> peak[0] = Math.max(peak[0], usedHeapMb())), "ROLE_QUALITY");
        report("import 100,000 rows from .xlsx", System.nanoTime() - start, FILE_ROWS);
        System.out.printf("BENCHMARK heap in use during the xlsx import: %d MB before, %d MB at most%n", heapBefore, peak[0]);
        assertThat(result.accepted()).isEqualTo(FILE_ROWS);

        var api = new ApiClient(port);
        var json = new ObjectMapper();
        start = System.nanoTime();
        for (int batch = 0; batch < FILE_ROWS / CallbackIntake.MAX_BATCH; batch++) {
            List<CallbackRecord> records = new ArrayList<>();
            for (int i = 0; i < CallbackIntake.MAX_BATCH; i++) {
                records.add(record("BA-" + batch + "-" + i, "E1" + String.format("%04d", 1 + random.nextInt(120)),
                        LocalDate.of(2026, 8, 1 + random.nextInt(28))));
            }
            var answer = api.post("/api/v1/callbacks", TouchpointTest.BOOTSTRAP_TOKEN, json.writeValueAsString(records));
            assertThat(answer.json().path("accepted").asInt()).isEqualTo(CallbackIntake.MAX_BATCH);
        }
        report("import 100,000 records through POST /api/v1/callbacks (20 x 5,000)", System.nanoTime() - start, FILE_ROWS);
    }

    private CallbackRecord record(String externalId, String employeeNo, LocalDate serviceDate) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String item : List.of("ATTITUDE", "EFFICIENCY", "PROFESSIONAL", "PROMISE", "RESOLUTION")) {
            answers.put(item, 2 + random.nextInt(4));
        }
        answers.put("OVERALL", 5 + random.nextInt(6));
        return new CallbackRecord(externalId, employeeNo, serviceDate.toString(), serviceDate.plusDays(2).toString(),
                "REPAIR", "ONSITE", "MASS", "COMPLETED", "STANDARD-2026", answers, false, null);
    }

    @Test
    void read_a_30_person_teams_indicators_for_a_year_with_a_million_callbacks_stored() {
        TestAccess.asAdmin(() -> org.save(new OrgUnitChange("T-BENCH", "压测班组", OrgUnitKind.TEAM, "BR-WEST")));
        List<String> team = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String no = "B" + (10_000 + i);
            String name = "压测员工" + i;
            team.add(no);
            TestAccess.asAdmin(() -> directory.save(new StaffChange(no, name, "HOTLINE_AGENT", "T-BENCH",
                    LocalDate.of(2020, 1, 1), true)));
        }
        List<String> everyone = new ArrayList<>(team);
        for (int i = 1; i <= 120; i++) {
            everyone.add("E1" + String.format("%04d", i));
        }
        LocalDate first = LocalDate.of(2025, 11, 1);
        long start = System.nanoTime();
        List<CallbackRecord> batch = new ArrayList<>();
        for (int i = 0; i < MILLION; i++) {
            batch.add(record("M-" + i, everyone.get(random.nextInt(everyone.size())), first.plusDays(random.nextInt(360))));
            if (batch.size() == CallbackIntake.MAX_BATCH) {
                List<CallbackRecord> deliver = batch;
                TestAccess.as("quality1", () -> intake.ingest(deliver), "ROLE_QUALITY");
                batch = new ArrayList<>();
            }
        }
        report("store 1,000,000 callbacks through the intake service", System.nanoTime() - start, MILLION);
        long teamId = TestAccess.asAdmin(() -> org.unit("T-BENCH").orElseThrow().id());
        Period year = new Period(first, first.plusDays(364));
        long[] times = new long[7];
        for (int run = 0; run < times.length; run++) {
            long t = System.nanoTime();
            var result = TestAccess.as("hr1", () -> indicators.forTeam(teamId, year), "ROLE_HR");
            times[run] = System.nanoTime() - t;
            assertThat(result).hasSize(30);
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "BENCHMARK read a 30-person team's indicators for a year (1,000,000 callbacks "
                + "stored): median %.0f ms, fastest %.0f ms, slowest %.0f ms over %d runs%n",
                times[times.length / 2] / 1e6, times[0] / 1e6, times[times.length - 1] / 1e6, times.length);
    }
}
