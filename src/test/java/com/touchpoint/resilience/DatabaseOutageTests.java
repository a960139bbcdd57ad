package com.touchpoint.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.touchpoint.ApiClient;
import com.touchpoint.Application;
import com.touchpoint.journey.Chromium;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackImportSummary;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.shared.DatabaseUnavailable;
import com.touchpoint.shared.TranslationProvider;
import com.touchpoint.staff.TestAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database goes away while the application is in use, on a MariaDB server of the test's own (see
 * {@link SecondMariaDb}; the shared one is never touched): the API answers 503 problem+json and the pages say so in
 * the user's language, each within a few seconds; once the server is back the application serves again by itself;
 * and a callback delivery or a file import cut off by the outage stores all or nothing, so that sending it again
 * stores exactly what is missing. The figures (time to fail, time to recover, counts) are printed as OUTAGE lines.
 * It takes several minutes (the application starts with the demo data on the new server), so it runs on demand:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=DatabaseOutageTests} (README, Resilience).
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DatabaseOutageTests {

    private static final String TOKEN = "outage-bootstrap-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A request during the outage must be answered within this (the pool waits 3 s for a connection). */
    private static final Duration FAIL_FAST = Duration.ofSeconds(10);
    /** From the server accepting connections again to the first successful request. */
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    /** The import history's heartbeat limit in this test (two minutes by default). */
    private static final Duration IMPORT_STALE_AFTER = Duration.ofSeconds(20);

    private SecondMariaDb server;
    private ConfigurableApplicationContext app;
    private ApiClient api;
    private String base;
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @BeforeAll
    void startServerAndApplication() throws Exception {
        server = SecondMariaDb.initialise("outage-mariadb");
        try (Connection c = server.connect("mysql"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE touchpoint CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        long start = System.nanoTime();
        // as command-line arguments, which win over application.properties (builder properties would not)
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "spring.datasource.url", server.jdbcUrl("touchpoint"),
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                "spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver",
                "server.port", "0",
                "touchpoint.demo-data.enabled", "true",
                "touchpoint.api.bootstrap-token", TOKEN,
                "touchpoint.data-dir", Path.of("target", "outage-mariadb", "app-data").toAbsolutePath().toString(),
                "vaadin.devmode.devTools.enabled", "false"));
        // an import cut off by the crash is reported as interrupted this long after its last heartbeat
        settings.put("touchpoint.imports.stale-after", IMPORT_STALE_AFTER.toSeconds() + "s");
        app = new SpringApplicationBuilder(Application.class).run(settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        System.out.printf("OUTAGE application started with demo data in %.1f s%n", (System.nanoTime() - start) / 1e9);
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        api = new ApiClient(port);
        base = "http://localhost:" + port;
    }

    @AfterAll
    void stopApplicationAndServer() throws Exception {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private String indicatorsPath() {
        return "/api/v1/teams/T-WEST-1/indicators?from=" + today.minusDays(60) + "&to=" + today;
    }

    @Test
    @Order(1)
    void requests_fail_cleanly_during_the_outage_and_the_application_recovers_by_itself() throws Exception {
        String storedToken = TestAccess.asAdmin(() -> app.getBean(ApiTokens.class)
                .create("outage monitor", List.of(ApiScopes.INDICATORS_READ)).secret());
        assertThat(api.get(indicatorsPath(), TOKEN).status()).isEqualTo(200);
        assertThat(api.get(indicatorsPath(), storedToken).status()).isEqualTo(200);
        TranslationProvider texts = app.getBean(TranslationProvider.class);

        try (Chromium chromium = Chromium.launch()) {
            Page chinese = signedIn(chromium.browser, "zh-CN");
            Page english = signedIn(chromium.browser, "en-US");

            server.stop();

            long t = System.nanoTime();
            var answer = api.get(indicatorsPath(), TOKEN);
            Duration apiFailed = Duration.ofNanos(System.nanoTime() - t);
            assertCleanUnavailable(answer);
            assertThat(apiFailed).isLessThan(FAIL_FAST);

            t = System.nanoTime();
            var withStoredToken = api.get(indicatorsPath(), storedToken);
            Duration tokenFailed = Duration.ofNanos(System.nanoTime() - t);
            assertCleanUnavailable(withStoredToken);
            assertThat(tokenFailed).isLessThan(FAIL_FAST);

            var delivery = api.post("/api/v1/callbacks", TOKEN, JSON.writeValueAsString(
                    List.of(record("OUT-DOWN-1", "E10001", today.minusDays(5)))));
            assertCleanUnavailable(delivery);

            Duration chinesePage = showsOutageMessage(chinese, texts, Locale.SIMPLIFIED_CHINESE, "数据库");
            Duration englishPage = showsOutageMessage(english, texts, Locale.ENGLISH, "database");
            System.out.printf("OUTAGE while down: API answered 503 in %d ms (bootstrap token), %d ms (stored token); "
                            + "the home page showed the message in %d ms (zh-CN), %d ms (en)%n", apiFailed.toMillis(),
                    tokenFailed.toMillis(), chinesePage.toMillis(), englishPage.toMillis());

            server.start();
            Duration recovered = untilServing();
            System.out.printf("OUTAGE after a clean stop: first 200 %d ms after the server accepted connections%n",
                    recovered.toMillis());
            assertThat(recovered).isLessThan(RECOVERY);
            assertThat(api.get(indicatorsPath(), storedToken).status()).isEqualTo(200);

            for (Page page : List.of(chinese, english)) {
                page.navigate(base + "/");
                assertThat(page.locator("#user-menu")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
                assertThat(page.locator("#error-view")).hasCount(0);
            }
        }
    }

    @Test
    @Order(2)
    void a_delivery_cut_off_by_the_outage_stores_nothing_and_a_resend_stores_exactly_the_missing_records()
            throws Exception {
        server.ensureRunning();
        List<CallbackRecord> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            all.add(record("OUT-API-" + i, employee(i), today.minusDays(10 + i % 30)));
        }
        List<CallbackRecord> first = all.subList(0, 1000);
        List<CallbackRecord> second = all.subList(1000, 3000);
        var delivered = api.post("/api/v1/callbacks", TOKEN, JSON.writeValueAsString(first));
        assertThat(delivered.json().path("accepted").asInt()).isEqualTo(1000);
        Totals before = totals("OUT-API-%");
        assertThat(before.batch()).isEqualTo(1000);

        // Hold the last staff member's row (and a rollup row of theirs): the delivery inserts callbacks up to that
        // member's first one and then waits for the row (the foreign key check), so it is certainly half-way
        // through its transaction when the server goes down.
        CallbackRecord held = second.get(second.size() - 1);
        Connection lock = server.connect("touchpoint");
        lock.setAutoCommit(false);
        try (Statement s = lock.createStatement()) {
            s.executeQuery("select * from satisfaction_staff_day d join staff_staff st on st.id = d.staff_id "
                    + "where st.employee_no = '" + held.employeeNo() + "' and d.service_date = '"
                    + held.serviceDate() + "' for update").close();
        }
        CompletableFuture<ApiClient.Response> cutOff = CompletableFuture.supplyAsync(() -> {
            try {
                return api.post("/api/v1/callbacks", TOKEN, JSON.writeValueAsString(second));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitLockWait();
        server.kill();
        try {
            lock.close();
        } catch (SQLException goneWithTheServer) {
            // nothing to release: the server that held the lock is gone
        }
        var answer = cutOff.get(60, TimeUnit.SECONDS);
        assertCleanUnavailable(answer);

        server.start();
        Duration recovered = untilServing();
        assertThat(recovered).isLessThan(RECOVERY);
        Totals afterCrash = totals("OUT-API-%");
        assertThat(afterCrash).isEqualTo(before);

        var resend = api.post("/api/v1/callbacks", TOKEN, JSON.writeValueAsString(all));
        assertThat(resend.status()).isEqualTo(200);
        assertThat(resend.json().path("accepted").asInt()).isEqualTo(2000);
        assertThat(resend.json().path("duplicates").asInt()).isEqualTo(1000);
        assertThat(resend.json().path("rejected")).isEmpty();
        Totals afterResend = totals("OUT-API-%");
        assertThat(afterResend.batch()).isEqualTo(3000);
        assertThat(afterResend.callbacks()).isEqualTo(before.callbacks() + 2000);
        assertThat(afterResend.attempted()).isEqualTo(before.attempted() + 2000);
        assertThat(afterResend.answers()).isEqualTo(before.answers() + 2000 * 6);
        assertThat(afterResend.drift()).isZero();
        System.out.printf("OUTAGE delivery cut off by a crash: answered %d; callbacks stored %d before, %d after the "
                        + "crash, %d after the resend (accepted %d, duplicates %d); rollup drift %d; recovered in %d ms%n",
                answer.status(), before.batch(), afterCrash.batch(), afterResend.batch(),
                resend.json().path("accepted").asInt(), resend.json().path("duplicates").asInt(), afterResend.drift(),
                recovered.toMillis());
    }

    @Test
    @Order(3)
    void a_file_import_cut_off_by_the_outage_stores_nothing_and_the_same_file_again_stores_every_row() throws Exception {
        server.ensureRunning();
        Path file = Path.of("target", "outage-mariadb", "callbacks-outage.xlsx").toAbsolutePath();
        int rows = 5000;
        writeWorkbook(file, rows);
        Totals before = totals("OUT-FILE-%");
        assertThat(before.batch()).isZero();

        var chunkStored = new CountDownLatch(1);
        var serverGone = new CountDownLatch(1);
        CallbackFileImport imports = app.getBean(CallbackFileImport.class);
        CompletableFuture<CallbackImportSummary> cutOff = CompletableFuture.supplyAsync(() -> TestAccess.as("quality1",
                () -> imports.importFile("callbacks-outage.xlsx", file, Locale.SIMPLIFIED_CHINESE, done -> {
                    // the first 2,000 rows are in the import's open transaction: take the server away now
                    if (chunkStored.getCount() > 0) {
                        chunkStored.countDown();
                        try {
                            serverGone.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }), "ROLE_QUALITY"));
        assertThat(chunkStored.await(120, TimeUnit.SECONDS)).as("the import stored its first chunk").isTrue();
        server.kill();
        long crashed = System.nanoTime();
        serverGone.countDown();
        var failure = assertThrows(ExecutionException.class, () -> cutOff.get(60, TimeUnit.SECONDS));
        assertThat(DatabaseUnavailable.causedBy(failure.getCause())).as("failed for the lost database: %s",
                failure.getCause()).isTrue();
        assertThat(failure.getCause().getSuppressed()).as("the failure to record the failure, attached to it")
                .anySatisfy(e -> assertThat(DatabaseUnavailable.causedBy(e)).isTrue());

        server.start();
        Duration recovered = untilServing();
        assertThat(recovered).isLessThan(RECOVERY);
        Totals afterCrash = totals("OUT-FILE-%");
        assertThat(afterCrash).isEqualTo(before);

        // the history could not be told while the server was down; it says so once the heartbeat is stale
        CallbackImportSummary cutOffImport = history(imports).stream()
                .filter(h -> h.fileName().equals("callbacks-outage.xlsx")).findFirst().orElseThrow();
        String statusAfterRestart = cutOffImport.status();
        assertThat(statusAfterRestart).isIn(CallbackImportSummary.RUNNING, CallbackImportSummary.INTERRUPTED);
        while (!statusOf(imports, cutOffImport.id()).equals(CallbackImportSummary.INTERRUPTED)) {
            assertThat(Duration.ofNanos(System.nanoTime() - crashed)).as("reported interrupted")
                    .isLessThan(IMPORT_STALE_AFTER.plusMinutes(1));
            Thread.sleep(500);
        }
        Duration reportedInterrupted = Duration.ofNanos(System.nanoTime() - crashed);

        CallbackImportSummary again = TestAccess.as("quality1", () -> imports.importFile("callbacks-outage.xlsx", file,
                Locale.SIMPLIFIED_CHINESE, done -> { }), "ROLE_QUALITY");
        assertThat(again.accepted()).isEqualTo(rows);
        assertThat(again.duplicates()).isZero();
        assertThat(again.rejected()).isZero();
        Totals afterResend = totals("OUT-FILE-%");
        assertThat(afterResend.batch()).isEqualTo(rows);
        assertThat(afterResend.callbacks()).isEqualTo(before.callbacks() + rows);
        assertThat(afterResend.attempted()).isEqualTo(before.attempted() + rows);
        assertThat(afterResend.answers()).isEqualTo(before.answers() + rows * 6L);
        assertThat(afterResend.drift()).isZero();
        assertThat(statusOf(imports, again.id())).isEqualTo(CallbackImportSummary.SUCCEEDED);
        assertThat(statusOf(imports, cutOffImport.id())).isEqualTo(CallbackImportSummary.INTERRUPTED);
        System.out.printf("OUTAGE file import cut off by a crash after 2,000 of %d rows: rows stored %d before, %d after "
                        + "the crash, %d after importing the file again (accepted %d); rollup drift %d; "
                        + "recovered in %d ms; history %s after the restart, %s %d ms after the crash (limit %d s)%n",
                rows, before.batch(), afterCrash.batch(), afterResend.batch(), again.accepted(), afterResend.drift(),
                recovered.toMillis(), statusAfterRestart, CallbackImportSummary.INTERRUPTED,
                reportedInterrupted.toMillis(), IMPORT_STALE_AFTER.toSeconds());
    }

    private static List<CallbackImportSummary> history(CallbackFileImport imports) {
        return TestAccess.as("quality1", () -> imports.history(20), "ROLE_QUALITY");
    }

    private static String statusOf(CallbackFileImport imports, long id) {
        return history(imports).stream().filter(h -> h.id() == id).findFirst().orElseThrow().status();
    }

    private Page signedIn(Browser browser, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
        Page page = context.newPage();
        Chromium.signIn(page, base, "supervisor1", Chromium.DEMO_PASSWORD);
        return page;
    }

    /** Opens the home page while the database is down and returns how long the page took to say so. */
    private Duration showsOutageMessage(Page page, TranslationProvider texts, Locale locale, String word) {
        long t = System.nanoTime();
        page.navigate(base + "/");
        assertThat(page.locator("#error-view")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        Duration took = Duration.ofNanos(System.nanoTime() - t);
        String expected = texts.getTranslation("error.database.text", locale);
        assertThat(expected).contains(word);
        assertThat(page.locator("#error-text")).hasText(expected);
        assertThat(page.locator("#error-id")).isHidden();
        String content = page.content();
        assertThat(content).doesNotContain("Exception", "SQL", "jdbc", "Hikari", "at com.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                "database-outage-" + locale.toLanguageTag() + ".png")));
        return took;
    }

    private static void assertCleanUnavailable(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("title").asText()).isEqualTo("Database unavailable");
        assertThat(answer.detail()).contains("database is not reachable").contains("again");
        assertThat(answer.body()).doesNotContain("Exception", "exception", "SQL", "jdbc", "Hikari", "trace", "select");
    }

    /** Polls the API from the moment the server accepts connections until it answers 200. */
    private Duration untilServing() throws InterruptedException {
        long t = System.nanoTime();
        while (api.get(indicatorsPath(), TOKEN).status() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - t)).as("the application serves again").isLessThan(Duration.ofMinutes(2));
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - t);
    }

    /** Waits until the delivery's insert has been waiting for the held row for a second. */
    private void awaitLockWait() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Connection c = server.connect("touchpoint"); Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("select count(*) from information_schema.processlist "
                        + "where info like 'insert into satisfaction%' and time >= 1")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("the delivery reached the held row").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    /** Callbacks of this test's batch, all callbacks, rollup totals, and rollup rows that disagree with the callbacks. */
    record Totals(long batch, long callbacks, long attempted, long answers, long drift) {
    }

    private Totals totals(String batchPattern) throws SQLException {
        try (Connection c = server.connect("touchpoint"); Statement s = c.createStatement()) {
            long batch = single(s, "select count(*) from satisfaction_callback where external_id like '" + batchPattern + "'");
            long callbacks = single(s, "select count(*) from satisfaction_callback");
            long attempted = single(s, "select coalesce(sum(attempted), 0) from satisfaction_staff_day");
            long answers = single(s, "select coalesce(sum(answers), 0) from satisfaction_staff_day_item");
            long dayDrift = single(s, """
                    select count(*) from (select staff_id, service_date, questionnaire_id, count(*) n
                        from satisfaction_callback group by staff_id, service_date, questionnaire_id) c
                    left join satisfaction_staff_day d using (staff_id, service_date, questionnaire_id)
                    where d.attempted is null or d.attempted <> c.n""");
            long itemDrift = single(s, """
                    select count(*) from (select c.staff_id, c.service_date, c.questionnaire_id, a.item_code,
                            count(*) n, sum(a.answer) total
                        from satisfaction_answer a join satisfaction_callback c on c.id = a.callback_id
                        group by c.staff_id, c.service_date, c.questionnaire_id, a.item_code) x
                    left join satisfaction_staff_day_item i using (staff_id, service_date, questionnaire_id, item_code)
                    where i.answers is null or i.answers <> x.n or i.answer_sum <> x.total""");
            return new Totals(batch, callbacks, attempted, answers, dayDrift + itemDrift);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String employee(int i) {
        return "E1" + String.format(Locale.ROOT, "%04d", 1 + i % 60);
    }

    private static CallbackRecord record(String externalId, String employeeNo, LocalDate serviceDate) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        int n = externalId.hashCode() & 0xff;
        for (String item : List.of("ATTITUDE", "EFFICIENCY", "PROFESSIONAL", "PROMISE", "RESOLUTION")) {
            answers.put(item, 1 + (n++ % 5));
        }
        answers.put("OVERALL", 1 + n % 10);
        return new CallbackRecord(externalId, employeeNo, serviceDate.toString(), serviceDate.plusDays(2).toString(),
                "REPAIR", "ONSITE", "MASS", "COMPLETED", "STANDARD-2026", answers, false, null, null);
    }

    private void writeWorkbook(Path file, int rows) throws Exception {
        Files.createDirectories(file.getParent());
        try (var workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            String[] header = {"外部编号", "工号", "服务日期", "回访日期", "业务类型", "渠道", "客户类型", "回访状态", "服务态度",
                    "办理效率", "专业能力", "承诺兑现", "问题解决", "总体满意度", "投诉", "客户评价"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= rows; i++) {
                LocalDate service = today.minusDays(10 + i % 30);
                String[] cells = {"OUT-FILE-" + i, employee(i), service.toString(), service.plusDays(2).toString(),
                        "业务办理", "营业厅", "大众客户", "已完成", "" + (1 + i % 5), "" + (1 + (i + 1) % 5),
                        "" + (1 + (i + 2) % 5), "" + (1 + (i + 3) % 5), "" + (1 + (i + 4) % 5), "" + (1 + i % 10), "否",
                        i % 3 == 0 ? "服务很好，办理很快" : ""};
                Row row = sheet.createRow(i);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
    }
}
