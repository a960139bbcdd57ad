package com.touchpoint.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.ApiClient;
import com.touchpoint.TestDatabase;
import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.IncentiveSheets;
import com.touchpoint.incentive.RunProgress;
import com.touchpoint.incentive.RunState;
import com.touchpoint.incentive.RunStatus;
import com.touchpoint.incentive.Statement;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.TestAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale benchmarks of issue 18, against the generated scale data (README, Benchmarks): each figure side by side
 * with its limit in the same run, the compared runs interleaved (and their order alternated), median, min and max
 * of {@link #RUNS} runs; writes {@code docs/benchmarks.md}. Run on demand only:
 * {@code TOUCHPOINT_BENCHMARK_DB=touchpoint_scale ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ScaleBenchmarks}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"touchpoint.api.bootstrap-token=" + ScaleBenchmarks.TOKEN, "touchpoint.demo-data.enabled=false",
                "vaadin.devmode.devTools.enabled=false"})
class ScaleBenchmarks {

    static final String TOKEN = "scale-benchmark-token-0123456789";
    /** Runs of each compared figure: {@code TOUCHPOINT_BENCHMARK_RUNS}, default 5. */
    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("TOUCHPOINT_BENCHMARK_RUNS", "5"));
    static final int INGEST_BATCHES = 4;
    /** Runs of the ingest comparison: {@code TOUCHPOINT_BENCHMARK_INGEST_RUNS}, default 3. */
    static final int INGEST_RUNS = Integer.parseInt(System.getenv().getOrDefault("TOUCHPOINT_BENCHMARK_INGEST_RUNS", "3"));
    /**
     * {@code TOUCHPOINT_BENCHMARK_ONLY=ingest} measures the ingest alone and only prints it, leaving
     * {@code docs/benchmarks.md} as it is (for profiling the ingest on a small database).
     */
    static final boolean INGEST_ONLY = "ingest".equals(System.getenv("TOUCHPOINT_BENCHMARK_ONLY"));
    private static final String ONE = "TOUCHPOINT_BENCHMARK_DB=touchpoint_scale ./mvnw test -Dgroups=benchmark "
            + "-DexcludedGroups=none -Dtest=ScaleBenchmarks";
    /** The benchmarks profile (every benchmark of the report, production mode) or this class alone. */
    static final String COMMAND = Boolean.getBoolean("vaadin.productionMode")
            ? "TOUCHPOINT_BENCHMARK_DB=touchpoint_scale ./mvnw -Pproduction,benchmarks test" : ONE;
    static final String[] POSTS = {"SHOP_SALES", "HOTLINE_AGENT", "FIELD_ENGINEER", "SERVICE_CONSULTANT",
            "FRONT_DESK_LEAD"};
    static final String HR = "s-hr1";

    @LocalServerPort
    int port;
    @Autowired
    IndicatorService indicators;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveSheets sheets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CallbackFileImport imports;
    @Autowired
    CallbackIntake intake;
    @TempDir
    Path dir;

    private final List<String> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Random random = new Random(18);

    /** Median, fastest and slowest of a series, in nanoseconds. */
    record Series(long[] nanos) {
        double median() {
            long[] s = nanos.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        }

        long min() {
            return Arrays.stream(nanos).min().orElseThrow();
        }

        long max() {
            return Arrays.stream(nanos).max().orElseThrow();
        }

        String millis() {
            return String.format(Locale.ROOT, "%,.0f ms (%,.0f–%,.0f)", median() / 1e6, min() / 1e6, max() / 1e6);
        }

        String rate(long rows) {
            return String.format(Locale.ROOT, "%,.0f rows/s (%,.0f–%,.0f)", rows / (median() / 1e9),
                    rows / (max() / 1e9), rows / (min() / 1e9));
        }
    }

    /** Runs each piece of work once per run, the order rotating: a first in run 0, b first in run 1, and so on. */
    private static Series[] interleaved(int runs, Runnable... work) {
        long[][] times = new long[work.length][runs];
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < work.length; i++) {
                int w = (r + i) % work.length;
                times[w][r] = timed(work[w]);
            }
        }
        return Arrays.stream(times).map(Series::new).toArray(Series[]::new);
    }

    private static long timed(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return System.nanoTime() - t;
    }

    private static void print(String line) {
        System.out.println("BENCHMARK " + line);
    }

    private void row(String figure, String touchpoint, String limit, double ratio, String goal, boolean met) {
        String r = String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %s | %s |", figure, touchpoint, limit, ratio,
                goal, met ? "met" : "**missed**");
        table.add(r);
        print(r);
    }

    @Test
    void figures_against_their_limits() throws Exception {
        String loadBefore = loadAverage();
        long staffCount = TestAccess.asAdmin(() -> directory.count(com.touchpoint.staff.StaffFilter.none()));
        long callbackCount = jdbc.queryForObject("select count(*) from satisfaction_callback", Long.class);
        assertThat(staffCount).as("generate the scale data first (README, Benchmarks)").isGreaterThanOrEqualTo(100);
        LocalDate last = jdbc.queryForObject("select max(service_date) from satisfaction_callback where external_id "
                + "like 'S-CB-%'", LocalDate.class);
        Period year = new Period(last.minusYears(1).plusDays(1), last);
        // the last complete month of the data
        YearMonth month = YearMonth.from(last.plusDays(1)).minusMonths(1);
        print("data: " + staffCount + " staff, " + callbackCount + " callbacks, year " + year.from() + " to " + year.to());

        ingest(year);
        if (INGEST_ONLY) {
            return;
        }
        teamYear(year);
        monthOfEveryone(month);
        incentives(month, staffCount);

        String loadAfter = loadAverage();
        writeReport(staffCount, callbackCount, year, loadBefore, loadAfter);
    }

    // ---- callback ingest: the API against LOAD DATA LOCAL INFILE of the same rows into the same tables

    private void ingest(Period year) throws Exception {
        List<String> employeeNos = jdbc.queryForList("select employee_no from staff_staff where employee_no like 'S%' "
                + "order by employee_no", String.class);
        Map<String, Long> staffIds = new HashMap<>();
        jdbc.query("select employee_no, id from staff_staff", rs -> {
            staffIds.put(rs.getString(1), rs.getLong(2));
        });
        long questionnaire = jdbc.queryForObject("select id from satisfaction_questionnaire where code = 'STANDARD-2026'",
                Long.class);
        LocalDate before = year.from().minusYears(1);
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        int rows = INGEST_BATCHES * CallbackIntake.MAX_BATCH;
        var json = new ObjectMapper();
        var api = new ApiClient(port);
        int[] run = {0, 0, 0};
        Runnable viaApi = () -> {
            int r = run[0]++;
            try {
                List<String> bodies = new ArrayList<>();
                for (int b = 0; b < INGEST_BATCHES; b++) {
                    List<CallbackRecord> batch = new ArrayList<>();
                    for (int i = 0; i < CallbackIntake.MAX_BATCH; i++) {
                        batch.add(record("BA-" + stamp + "-" + r + "-" + b + "-" + i, employeeNos, before));
                    }
                    bodies.add(json.writeValueAsString(batch));
                }
                long t = System.nanoTime();
                for (String body : bodies) {
                    var answer = api.post("/api/v1/callbacks", TOKEN, body);
                    assertThat(answer.json().path("accepted").asInt()).isEqualTo(CallbackIntake.MAX_BATCH);
                }
                apiNanos.add(System.nanoTime() - t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Runnable viaLoadData = () -> {
            int r = run[1]++;
            List<CallbackRecord> records = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                records.add(record("BL-" + stamp + "-" + r + "-" + i, employeeNos, before));
            }
            loadNanos.add(loadData(records, staffIds, questionnaire));
        };
        Runnable viaXlsx = () -> {
            int r = run[2]++;
            List<CallbackRecord> records = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                records.add(record("BX-" + stamp + "-" + r + "-" + i, employeeNos, before));
            }
            Path file = dir.resolve("callbacks-" + r + ".xlsx");
            writeXlsx(records, file);
            long[] peak = new long[1];
            long t = System.nanoTime();
            var summary = sampled(() -> TestAccess.as("s-quality1", () -> imports.importFile(file.getFileName().toString(),
                    file, Locale.ENGLISH, done -> { }), "ROLE_QUALITY"), peak);
            xlsxNanos.add(System.nanoTime() - t);
            xlsxHeap.add(peak[0]);
            assertThat(summary.accepted()).as("rows accepted from the .xlsx file").isEqualTo(rows);
        };
        // the timed part of each is inside (files and JSON are prepared outside the clock)
        interleaved(INGEST_RUNS, viaApi, viaLoadData, viaXlsx);
        Series api5 = new Series(apiNanos.stream().mapToLong(Long::longValue).toArray());
        Series load = new Series(loadNanos.stream().mapToLong(Long::longValue).toArray());
        double ratio = load.median() / api5.median();
        row("callback ingest, `POST /api/v1/callbacks`, " + INGEST_BATCHES + " × 5,000 per run (validated, with rollups)",
                api5.rate(rows), "`LOAD DATA LOCAL INFILE` of the same rows into `satisfaction_callback` and "
                        + "`satisfaction_answer` (their indexes, no checks, no rollups): " + load.rate(rows),
                ratio, "≥ 0.20", ratio >= 0.2);
        Series xlsx = new Series(xlsxNanos.stream().mapToLong(Long::longValue).toArray());
        long heap = xlsxHeap.stream().mapToLong(Long::longValue).max().orElseThrow();
        // live heap: one more import of the same size, untimed, with a full collection every 20 ms
        List<CallbackRecord> liveRecords = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            liveRecords.add(record("BX-" + stamp + "-live-" + i, employeeNos, before));
        }
        Path liveFile = dir.resolve("callbacks-live.xlsx");
        writeXlsx(liveRecords, liveFile);
        long[] live = {IncentiveSheetBenchmarks.liveHeap(() -> assertThat(TestAccess.as("s-quality1",
                () -> imports.importFile(liveFile.getFileName().toString(), liveFile, Locale.ENGLISH, done -> { }),
                "ROLE_QUALITY").accepted()).isEqualTo(rows))};
        double slower = xlsx.median() / api5.median();
        row(String.format(Locale.ROOT, "`.xlsx` callback import of %,d rows per run (the quality team's upload: read, "
                + "validated, stored with rollups; live heap above the start at most %,.1f MB after forced collections; "
                + "in use, garbage included, at most %d MB)", rows, live[0] / 1048576.0, heap >> 20),
                xlsx.rate(rows), "the same number of rows through the API, above: " + api5.rate(rows), slower,
                "≤ 2 (time against the API), ≤ 256 MB", slower <= 2 && live[0] <= 256L << 20);
    }

    private final List<Long> apiNanos = new ArrayList<>();
    private final List<Long> loadNanos = new ArrayList<>();
    private final List<Long> xlsxNanos = new ArrayList<>();
    private final List<Long> xlsxHeap = new ArrayList<>();

    /** The records as the quality team's export would have them: Chinese headers, one row per callback. */
    private static void writeXlsx(List<CallbackRecord> records, Path file) {
        String[] header = {"外部编号", "工号", "服务日期", "回访日期", "业务类型", "渠道", "客户类型", "回访状态", "服务态度",
                "办理效率", "专业能力", "承诺兑现", "问题解决", "总体满意度", "投诉", "客户评价"};
        List<String> items = List.of("ATTITUDE", "EFFICIENCY", "PROFESSIONAL", "PROMISE", "RESOLUTION", "OVERALL");
        try (var workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            int n = 1;
            for (CallbackRecord r : records) {
                Row row = sheet.createRow(n++);
                List<String> cells = new ArrayList<>(List.of(r.externalId(), r.employeeNo(), r.serviceDate(),
                        r.callbackDate(), "业务办理", "营业厅", "大众客户", "已完成"));
                items.forEach(item -> cells.add(String.valueOf(r.answers().get(item))));
                cells.add("否");
                cells.add(r.comment() == null ? "" : r.comment());
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CallbackRecord record(String externalId, List<String> employeeNos, LocalDate from) {
        LocalDate served = from.plusDays(random.nextInt(360));
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String item : List.of("ATTITUDE", "EFFICIENCY", "PROFESSIONAL", "PROMISE", "RESOLUTION")) {
            answers.put(item, 2 + random.nextInt(4));
        }
        answers.put("OVERALL", 5 + random.nextInt(6));
        return new CallbackRecord(externalId, employeeNos.get(random.nextInt(employeeNos.size())), served.toString(),
                served.plusDays(2).toString(), "TRANSACTION", "SHOP", "MASS", "COMPLETED", "STANDARD-2026", answers,
                false, random.nextInt(3) == 0 ? "办理很快，服务态度非常好" : null);
    }

    /** Loads the rows with explicit ids, returns the time of the two LOAD DATA statements, then removes them again. */
    private long loadData(List<CallbackRecord> records, Map<String, Long> staffIds, long questionnaire) {
        try {
            long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from satisfaction_callback", Long.class);
            Path callbacks = dir.resolve("callbacks.tsv");
            Path answers = dir.resolve("answers.tsv");
            String received = Instant.now().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            try (BufferedWriter c = Files.newBufferedWriter(callbacks, StandardCharsets.UTF_8);
                 BufferedWriter a = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
                long id = firstId;
                for (CallbackRecord r : records) {
                    c.write(String.join("\t", Long.toString(id), r.externalId(), staffIds.get(r.employeeNo()).toString(),
                            Long.toString(questionnaire), r.serviceDate(), r.callbackDate(), r.serviceType(), r.channel(),
                            r.customerSegment(), r.status(), "0", r.comment() == null ? "\\N" : r.comment(), "1", "1",
                            String.format("%064x", r.externalId().hashCode() & 0xffffffffL), received, "\\N"));
                    c.write('\n');
                    for (Map.Entry<String, Integer> e : r.answers().entrySet()) {
                        boolean ten = e.getKey().equals("OVERALL");
                        a.write(id + "\t" + e.getKey() + "\t" + (ten ? "TEN_POINT" : "FIVE_POINT") + "\t" + e.getValue()
                                + "\t" + (e.getValue() >= (ten ? 9 : 4) ? 1 : 0) + "\n");
                    }
                    id++;
                }
            }
            long lastId = firstId + records.size() - 1;
            long nanos;
            try (Connection connection = DriverManager.getConnection(TestDatabase.url() + "?allowLocalInfile=true",
                    TestDatabase.USER, TestDatabase.PASSWORD); var statement = connection.createStatement()) {
                long t = System.nanoTime();
                statement.execute("LOAD DATA LOCAL INFILE '" + callbacks + "' INTO TABLE satisfaction_callback "
                        + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (id, external_id, "
                        + "staff_id, questionnaire_id, service_date, callback_date, service_type, channel, "
                        + "customer_segment, status, complaint, comment_text, valid, timely, content_hash, received_at, "
                        + "callback_agent)");
                statement.execute("LOAD DATA LOCAL INFILE '" + answers + "' INTO TABLE satisfaction_answer "
                        + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' "
                        + "(callback_id, item_code, scale, answer, satisfied)");
                nanos = System.nanoTime() - t;
            }
            long loaded = jdbc.queryForObject("select count(*) from satisfaction_callback where id between ? and ?",
                    Long.class, firstId, lastId);
            assertThat(loaded).isEqualTo(records.size());
            jdbc.update("delete from satisfaction_answer where callback_id between ? and ?", firstId, lastId);
            jdbc.update("delete from satisfaction_callback where id between ? and ?", firstId, lastId);
            return nanos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- indicators: the service against a raw GROUP BY over the callbacks and answers giving the same figures

    /** Per staff member: attempted, valid, and per item the number of answers, from the raw callbacks. */
    record Raw(Map<Long, long[]> counts, Map<Long, Map<String, Long>> answers) {
    }

    private Raw raw(String postCode, LocalDate from, LocalDate to) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, Map<String, Long>> answers = new HashMap<>();
        String post = postCode == null ? "" : " and s.post_code = ?";
        Object[] args = postCode == null ? new Object[] {Date.valueOf(from), Date.valueOf(to)}
                : new Object[] {Date.valueOf(from), Date.valueOf(to), postCode};
        jdbc.query("select c.staff_id, c.questionnaire_id, count(*), sum(c.valid), sum(c.timely) "
                + "from satisfaction_callback c join staff_staff s on s.id = c.staff_id "
                + "where c.service_date between ? and ?" + post + " group by c.staff_id, c.questionnaire_id", rs -> {
            long[] t = counts.computeIfAbsent(rs.getLong(1), k -> new long[3]);
            t[0] += rs.getLong(3);
            t[1] += rs.getLong(4);
            t[2] += rs.getLong(5);
        }, args);
        jdbc.query("select c.staff_id, c.questionnaire_id, a.item_code, a.scale, count(*), sum(a.answer), "
                + "sum(a.satisfied) from satisfaction_callback c join satisfaction_answer a on a.callback_id = c.id "
                + "join staff_staff s on s.id = c.staff_id where c.service_date between ? and ?" + post
                + " group by c.staff_id, c.questionnaire_id, a.item_code, a.scale", rs -> {
            answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).merge(rs.getString(3), rs.getLong(5), Long::sum);
        }, args);
        return new Raw(counts, answers);
    }

    private static void sameFigures(StaffIndicators s, Raw raw) {
        long[] c = raw.counts().getOrDefault(s.staffId(), new long[3]);
        assertThat(s.attempted()).as(s.employeeNo()).isEqualTo(c[0]);
        assertThat(s.callbacks()).as(s.employeeNo()).isEqualTo(c[1]);
        for (ItemIndicator item : s.items()) {
            assertThat(item.answers()).as(s.employeeNo() + " " + item.code())
                    .isEqualTo(raw.answers().getOrDefault(s.staffId(), Map.of()).getOrDefault(item.code(), 0L));
        }
    }

    private <T> T asHr(Supplier<T> work) {
        return TestAccess.as(HR, work, "ROLE_HR");
    }

    private void teamYear(Period year) {
        OrgUnitDetails team = TestAccess.asAdmin(() -> org.teams().stream().filter(t -> t.code().startsWith("S-T-"))
                .filter(t -> {
                    List<StaffRef> members = directory.teamRefs(t.id());
                    return members.size() == 30 && members.stream().allMatch(m -> m.postCode().equals("HOTLINE_AGENT"));
                }).findFirst().orElseThrow());
        String post = "HOTLINE_AGENT";
        List<StaffIndicators> checked = asHr(() -> indicators.forTeam(team.id(), year));
        Raw check = raw(post, year.from(), year.to());
        checked.forEach(s -> sameFigures(s, check));
        print("team " + team.code() + ": " + checked.stream().mapToLong(StaffIndicators::attempted).sum()
                + " callbacks in the year; post " + post + ": " + check.counts().size() + " staff");
        Series[] team30 = interleaved(RUNS, () -> asHr(() -> indicators.forTeam(team.id(), year)),
                () -> raw(post, year.from(), year.to()));
        double ratio = team30[0].median() / team30[1].median();
        row("a 30-person team's indicators for a year (" + team.code() + ", hotline)", team30[0].millis(),
                "raw `GROUP BY` over the year's callbacks and answers of the post (the standard score and the adjusted "
                        + "index need every peer): " + team30[1].millis(), ratio, "≤ 0.05", ratio <= 0.05);

        StaffRef member = TestAccess.asAdmin(() -> directory.teamRefs(team.id()).get(5));
        sameFigures(asHr(() -> indicators.forStaff(member.id(), year)), check);
        Series[] one = interleaved(RUNS, () -> asHr(() -> indicators.forStaff(member.id(), year)),
                () -> raw(post, year.from(), year.to()));
        ratio = one[0].median() / one[1].median();
        row("one staff member's indicators for a year", one[0].millis(), "the same raw `GROUP BY` over the post: "
                + one[1].millis(), ratio, "≤ 0.05 and ≤ 50 ms", ratio <= 0.05 && one[0].median() <= 50e6);
    }

    private void monthOfEveryone(YearMonth month) throws InterruptedException {
        Period period = Period.of(month);
        Supplier<List<StaffIndicators>> service = () -> asHr(() -> {
            List<StaffIndicators> all = new ArrayList<>();
            for (String post : POSTS) {
                all.addAll(indicators.forPost(post, period));
            }
            return all;
        });
        long before = SessionHeapBenchmarks.liveHeap();
        List<StaffIndicators> all = service.get();
        notes.add(String.format(Locale.ROOT, "Everyone's figures for %s, kept with the totals they come from: %.1f MB "
                + "more live heap after the first read than before it.", month, (SessionHeapBenchmarks.liveHeap() - before) / 1e6));
        print(notes.get(notes.size() - 1));
        Raw check = raw(null, period.from(), period.to());
        all.forEach(s -> sameFigures(s, check));
        // a delivery of one callback in the month before each first read: the kept figures are evicted and read anew
        List<String> employeeNos = all.stream().map(StaffIndicators::employeeNo).toList();
        List<Long> firstNanos = new ArrayList<>();
        int[] delivery = {0};
        Runnable first = () -> {
            CallbackRecord one = record("BM-" + Long.toString(System.nanoTime(), 36) + "-" + delivery[0]++, employeeNos,
                    period.from());
            LocalDate served = period.from().plusDays(3);
            CallbackRecord inMonth = new CallbackRecord(one.externalId(), one.employeeNo(), served.toString(),
                    served.plusDays(2).toString(), "TRANSACTION", "SHOP", "MASS", "COMPLETED", "STANDARD-2026",
                    one.answers(), false, null);
            TestAccess.as("s-quality1", () -> intake.ingest(List.of(inMonth)), "ROLE_QUALITY");
            long t = System.nanoTime();
            service.get();
            firstNanos.add(System.nanoTime() - t);
        };
        Series[] month10k = interleaved(RUNS, service::get, () -> raw(null, period.from(), period.to()), first);
        Series firstRead = new Series(firstNanos.stream().mapToLong(Long::longValue).toArray());
        all = service.get();
        Raw after = raw(null, period.from(), period.to());
        all.forEach(s -> sameFigures(s, after));
        double ratio = firstRead.median() / month10k[1].median();
        row("every staff member's indicators for a month (" + all.size() + " staff, " + month + ", the five posts), "
                + "the first read after a delivery", firstRead.millis(), "raw `GROUP BY` over the month's callbacks and "
                + "answers: " + month10k[1].millis(), ratio, "≤ 0.05", ratio <= 0.05);
        ratio = month10k[0].median() / month10k[1].median();
        row("the same, read again (kept until the next change: the quality home, the badges, the incentive run)",
                month10k[0].millis(), "the same raw `GROUP BY`: " + month10k[1].millis(), ratio, "≤ 0.05",
                ratio <= 0.05);
    }

    // ---- incentives: the month's run and its sheet

    private void incentives(YearMonth month, long staffCount) throws Exception {
        long[] runNanos = new long[3];
        long[] heap = new long[3];
        for (int r = 0; r < runNanos.length; r++) {
            long[] peak = new long[1];
            long t = System.nanoTime();
            RunState state = sampled(() -> asHr(() -> runs.runNow(month, RunProgress.NONE)), peak);
            runNanos[r] = System.nanoTime() - t;
            heap[r] = peak[0];
            assertThat(state.status()).isEqualTo(RunStatus.SUCCEEDED);
            print("incentive run " + r + ": " + state.statements() + " statements");
        }
        Series run = new Series(runNanos);
        double limit = staffCount * 0.050;
        double ratio = run.median() / 1e9 / limit;
        row("monthly incentive run for every staff member (" + staffCount + ", " + month + "; heap in use above the "
                        + "start at most " + Arrays.stream(heap).max().orElseThrow() / (1024 * 1024) + " MB)",
                String.format(Locale.ROOT, "%.1f s (%.1f–%.1f)", run.median() / 1e9, run.min() / 1e9, run.max() / 1e9),
                String.format(Locale.ROOT, "50 ms per staff member (a published HR suite's figure): %.0f s", limit),
                ratio, "≤ 20 s in total", run.median() <= 20e9);

        var prepared = asHr(() -> sheets.prepare(month, Locale.SIMPLIFIED_CHINESE));
        List<Statement> statements = prepared.statements();
        long[] sheetHeap = new long[RUNS];
        long[] plainHeap = new long[RUNS];
        int[] runs = {0, 0};
        Series[] sheet = interleaved(RUNS, () -> sheetHeap[runs[0]++] = heapOf(() -> {
            try (OutputStream out = Files.newOutputStream(dir.resolve("sheet.xlsx"))) {
                prepared.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), () -> plainHeap[runs[1]++] = heapOf(() -> plain(statements, dir.resolve("plain.xlsx"))));
        long sheetPeak = Arrays.stream(sheetHeap).max().orElseThrow();
        long plainPeak = Arrays.stream(plainHeap).max().orElseThrow();
        ratio = sheet[0].median() / sheet[1].median();
        // live heap: after a full collection every 20 ms while writing, in a run of its own (the collections slow it)
        long sheetLive = IncentiveSheetBenchmarks.liveHeap(() -> {
            try (OutputStream out = Files.newOutputStream(dir.resolve("sheet-live.xlsx"))) {
                prepared.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long plainLive = IncentiveSheetBenchmarks.liveHeap(() -> plain(statements, dir.resolve("plain-live.xlsx")));
        row(String.format(Locale.ROOT, "incentive sheet of %,d rows (%,d KB; live heap above the start at most %,.1f MB "
                        + "after forced collections; in use, garbage included, at most %d MB)", statements.size(),
                        Files.size(dir.resolve("sheet.xlsx")) / 1024, sheetLive / 1048576.0, sheetPeak / (1024 * 1024)),
                sheet[0].millis(), String.format(Locale.ROOT, "POI's plain SXSSF writing the same cells without styles "
                        + "and formulas: %s (live at most %,.1f MB; in use at most %d MB)", sheet[1].millis(),
                        plainLive / 1048576.0, plainPeak / (1024 * 1024)),
                ratio, "≤ 1.5, ≤ 64 MB", ratio <= 1.5 && sheetLive <= 64L * 1024 * 1024);
    }

    /** POI's plain SXSSF writing the sheet's cells without styles and formulas: the limit of the sheet. */
    static void plain(List<Statement> statements, Path file) {
        try (var workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            Row head = sheet.createRow(0);
            for (int c = 0; c < 19; c++) {
                head.createCell(c).setCellValue("column " + c);
            }
            int r = 1;
            for (Statement s : statements) {
                Row row = sheet.createRow(r++);
                Object[] cells = {s.employeeNo(), s.name(), s.postCode(), s.teamName(), s.callbacks(), s.index(),
                        s.adjustedIndex(), s.target(), s.satisfactionCoefficient(), s.trainingCoefficient(),
                        s.kudosPoints(), s.recognitionBonus(), s.complaints(), s.complaintDeduction(), s.base(),
                        s.calculated(), s.adjustment(), s.adjustmentReason(), s.finalAmount()};
                for (int c = 0; c < cells.length; c++) {
                    Object v = cells[c];
                    if (v instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (v instanceof BigDecimal d) {
                        row.createCell(c).setCellValue(d.doubleValue());
                    } else if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else {
                        row.createCell(c);
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long heapOf(Runnable work) {
        long[] peak = new long[1];
        sampled(() -> {
            work.run();
            return null;
        }, peak);
        return peak[0];
    }

    /** Runs the work while sampling the heap in use every 5 ms; peak[0] gets the most above the start. */
    private static <T> T sampled(Supplier<T> work, long[] peak) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        AtomicLong most = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                most.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            return work.get();
        } finally {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            peak[0] = Math.max(0, most.get() - before);
        }
    }

    // ---- the report

    private static String loadAverage() throws IOException {
        return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3));
    }

    private void writeReport(long staff, long callbacks, Period year, String loadBefore, String loadAfter)
            throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> l.replaceAll("\\D+", "")).map(kb -> Long.parseLong(kb) / 1024 / 1024 + " GB")
                .orElse("?");
        String mariadb = jdbc.queryForObject("select version()", String.class);
        String pool = jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) / (1024 * 1024) + " MB";
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `ScaleBenchmarks` (issue 18). Each figure is measured side by side with its limit in the ")
                .append("same run on the same data, the compared runs interleaved (their order rotating from run to run); ")
                .append("figures are the median with the fastest and slowest in brackets. The ratio is Touchpoint ")
                .append("against the limit as the goal states it: for ingest the limit's time over Touchpoint's (higher ")
                .append("is better), otherwise Touchpoint's time over the limit's (lower is better).\n\n");
        md.append("- **Date**: ").append(Instant.now().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm 'UTC'"))).append('\n');
        md.append("- **Machine**: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(cpu)
                .append("), ").append(memory).append(" RAM, shared with other work: load average ").append(loadBefore)
                .append(" at the start, ").append(loadAfter).append(" at the end\n");
        md.append("- **Software**: Java ").append(System.getProperty("java.version")).append(" (max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB), MariaDB ").append(mariadb)
                .append(" (InnoDB buffer pool ").append(pool).append(")\n");
        md.append(String.format(Locale.ROOT, "- **Data**: database `%s` from the scale data generator, %,d staff, %,d "
                + "callbacks; indicator year %s to %s%n", TestDatabase.BENCHMARK_DATABASE, staff, callbacks, year.from(),
                year.to()));
        md.append("- **Command**: `").append(COMMAND.replace("touchpoint_scale", TestDatabase.BENCHMARK_DATABASE))
                .append(RUNS == 5 ? "" : "` with `TOUCHPOINT_BENCHMARK_RUNS=" + RUNS)
                .append(INGEST_RUNS == 3 ? "" : (RUNS == 5 ? "` with `" : "` and `") + "TOUCHPOINT_BENCHMARK_INGEST_RUNS="
                        + INGEST_RUNS)
                .append("` after generating the data (README, Benchmarks); ").append(RUNS)
                .append(" runs of each compared figure, ").append(INGEST_RUNS)
                .append(" of the ingest and the `.xlsx` import, 3 of the incentive run\n\n");
        md.append("| figure | Touchpoint | the limit, same rows, same run | ratio | goal | |\n|---|---|---|---|---|---|\n");
        table.forEach(r -> md.append(r).append('\n'));
        Path out = Path.of("docs", "benchmarks.md");
        String previous = Files.exists(out) ? Files.readString(out) : "";
        md.append(keptRows(previous, "| supervisor home", "| supervisor home for a 30-person team, in Chromium, "
                + "1,000,000 callbacks | see `HomeTimingBenchmarks` (Homes in Chromium, below) | — | | ≤ 1 s | |"));
        md.append(keptRows(previous, "| staff home", ""));
        md.append(keptRows(previous, "| live heap per Vaadin session", "| live heap per Vaadin session (supervisor "
                + "home open) | see `SessionHeapBenchmarks` (Heap per Vaadin session, below) | N sessions against none "
                + "| | ≤ 300 KB each | |"));
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.createDirectories(out.getParent());
        int keep = previous.indexOf("\n## ");
        Files.writeString(out, md + (keep >= 0 ? previous.substring(keep) : ""));
        print("wrote " + out.toAbsolutePath());
    }

    /**
     * The rows of the top table that another benchmark wrote (the homes in Chromium, the heap per session), as the
     * previous report has them, or {@code otherwise} where it has none.
     */
    private static String keptRows(String previous, String start, String otherwise) {
        int tableEnd = previous.indexOf("\n## ");
        List<String> rows = Arrays.stream((tableEnd < 0 ? previous : previous.substring(0, tableEnd)).split("\n"))
                .filter(l -> l.startsWith(start)).toList();
        List<String> kept = rows.isEmpty() && !otherwise.isEmpty() ? List.of(otherwise) : rows;
        return kept.stream().map(r -> r + "\n").collect(Collectors.joining());
    }
}
