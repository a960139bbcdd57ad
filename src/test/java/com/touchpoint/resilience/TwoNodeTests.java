package com.touchpoint.resilience;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.touchpoint.ApiClient;
import com.touchpoint.TestDatabase;
import com.touchpoint.journey.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quartz.CronExpression;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarFile;
import java.util.regex.MatchResult;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one MariaDB behind nginx, as docs/deployment.md sets them up: each node is a separate JVM
 * started from this test's classpath, nginx runs with the configuration in docs/nginx/touchpoint.conf. Not part of
 * the normal suite (several minutes): {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=TwoNodeTests}.
 * <p>
 * The nodes compress time: a daily job runs every 2 seconds (a day) and a monthly one every minute (a month of
 * 30 days), the same schedules on both nodes as a cluster requires. The figures go to {@code target/nodes/figures.md}.
 */
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeTests {

    static final Path DIR = Paths.get("target", "nodes").toAbsolutePath();
    static final Path NGINX_CONF = Paths.get("docs", "nginx", "touchpoint.conf");
    static final String NGINX = System.getProperty("touchpoint.nginx", "/usr/sbin/nginx");
    static final String TOKEN = "two-node-test-token-" + Long.toHexString(System.nanoTime());
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The data ends with October 2026: the month the incentive job calculates while the clock is in November. */
    static final String DATA_END = System.getProperty("touchpoint.nodes.data-end", "2026-10-31");
    static final int STAFF = Integer.getInteger("touchpoint.nodes.staff", 2000);
    static final int CALLBACKS = Integer.getInteger("touchpoint.nodes.callbacks", 6000);
    static final String JOB_ACTOR = "system:monthly-incentives";

    /** Every job's trigger with its compressed schedule: a day is 2 seconds, a month one minute. */
    static final Map<String, String> SCHEDULES = new LinkedHashMap<>();

    static {
        SCHEDULES.put("satisfaction.rollup-rebuild-nightly", "*/2 * * * * ?");
        SCHEDULES.put("training.assignment-reminders-daily", "*/2 * * * * ?");
        SCHEDULES.put("coaching.coaching-reminders-daily", "*/2 * * * * ?");
        SCHEDULES.put("incentive.monthly-incentives", "0 * * * * ?");
        SCHEDULES.put("satisfaction.monthly-callback-report", "0 * * * * ?");
        SCHEDULES.put("recognition.monthly-badges", "0 * * * * ?");
    }

    static final Pattern JOB_STARTED = Pattern.compile(
            "Job (\\S+) started: trigger (\\S+), scheduled (\\S+), instance ([^,\\s]+)(, recovering)?");
    /** Logged by a node handling a misfire, before the trigger runs once at once (QuartzJobMetrics). */
    static final Pattern MISFIRED = Pattern.compile("Trigger (\\S+) misfired: scheduled (\\S+) missed");

    static final String STAFF_USER = "nodes-staff";
    /** The generated HR account. */
    static final String HR_USER = "s-hr1";
    static String dbUrl;
    static long staffId;
    static YearMonth month;
    static Node a;
    static Node b;
    static Process nginx;
    static int nginxPort;
    static List<Map<String, Object>> singleNodeStatements;
    static final Map<String, String> figures = new LinkedHashMap<>();

    @BeforeAll
    static void startTwoNodesAndNginx() throws Exception {
        Files.createDirectories(DIR);
        // the job history is read from every node log in the folder: none may be left from an earlier run
        try (var old = Files.list(DIR)) {
            for (Path log : old.filter(f -> f.getFileName().toString().matches("node-.*\\.log")).toList()) {
                Files.delete(log);
            }
        }
        dbUrl = TestDatabase.url();
        month = YearMonth.now(ZONE).minusMonths(1);
        assertThat(month.toString()).as("the data's last month is the one the job calculates")
                .isEqualTo(DATA_END.substring(0, 7));

        long started = System.nanoTime();
        Process generator = java("generate", List.of("--server.port=0", "--touchpoint.generate.scale=true",
                "--touchpoint.generate.seed=19", "--touchpoint.generate.staff=" + STAFF,
                "--touchpoint.generate.callbacks=" + CALLBACKS, "--touchpoint.generate.check-in-days=7",
                "--touchpoint.generate.end=" + DATA_END, "--touchpoint.data-dir=" + DIR.resolve("generate")),
                DIR.resolve("generate.log"));
        assertThat(generator.waitFor(30, TimeUnit.MINUTES)).as("generator finished").isTrue();
        assertThat(generator.exitValue()).as("generator exit code, see target/nodes/generate.log").isZero();
        figures.put("data generated", seconds(started) + " s (" + STAFF + " staff, " + CALLBACKS + " callbacks)");

        a = new Node("a", freePort());
        b = new Node("b", freePort());
        staffId = addStaffAccount();

        // node a alone first: the single-node run that the cluster's statements must equal; then node b joins
        a.start(false, true);
        a.awaitUp();
        singleNodeStatements = singleNodeRun();
        b.start(false, true);
        b.awaitUp();
        startNginx();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        StringBuilder out = new StringBuilder("# Two nodes behind nginx (TwoNodeTests)\n\n");
        out.append("- when: ").append(Instant.now()).append('\n');
        out.append("- load average: ").append(Files.readString(Paths.get("/proc/loadavg")).strip()).append('\n');
        figures.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
        Files.writeString(DIR.resolve("figures.md"), out.toString());
        System.out.println(out);
    }

    /**
     * The generator gives accounts to supervisors only: an account for a staff member without one, with the
     * supervisors' password (the generated demo password), for the user whose node dies.
     */
    static long addStaffAccount() {
        long staff = query("select min(s.id) from staff_staff s where s.active and s.id not in"
                + " (select staff_id from staff_user_account where staff_id is not null)", rs -> rs.getLong(1)).get(0);
        update("insert into staff_user_account (username, password_hash, display_name, staff_id, enabled,"
                + " failed_logins, version) select '" + STAFF_USER + "', u.password_hash, s.name, s.id, true, 0, 0"
                + " from staff_user_account u, staff_staff s where u.username = 's-sup0001' and s.id = " + staff);
        update("insert into staff_user_role (user_id, role) select id, 'STAFF' from staff_user_account"
                + " where username = '" + STAFF_USER + "'");
        return staff;
    }

    static void update(String sql) {
        try (Connection c = DriverManager.getConnection(dbUrl, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).as(sql).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The month calculated through the API on node a alone: what the cluster's statements must equal. */
    static List<Map<String, Object>> singleNodeRun() throws Exception {
        ApiClient api = new ApiClient(a.port);
        ApiClient.Response started = null;
        for (int i = 0; i < 120; i++) {
            started = api.post("/api/v1/incentives/" + month + "/runs", TOKEN, "");
            if (started.status() != 409) {
                break;
            }
            Thread.sleep(1000); // the monthly job holds the month for a moment
        }
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long run = started.json().get("id").asLong();
        long t0 = System.nanoTime();
        String status = "RUNNING";
        while (status.equals("RUNNING") && System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(5)) {
            Thread.sleep(250);
            status = api.get("/api/v1/incentives/" + month + "/runs/" + run, TOKEN).json().get("status").asText();
        }
        assertThat(status).isEqualTo("SUCCEEDED");
        figures.put("single-node run of " + month, seconds(t0) + " s through the API on node a alone");
        return statements();
    }

    @Test
    @Order(1)
    void every_job_fires_once_per_scheduled_time_not_once_per_node_across_a_simulated_month() throws Exception {
        // a whole simulated month: 30 days of 2 seconds and one month boundary
        Instant from = Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant to = from.plusSeconds(60);
        sleepUntil(to.plusSeconds(45)); // late runs of a job that waited for its previous run still count
        // A time Quartz missed by more than its misfire threshold (60 s) is handled up to a minute later still: wait
        // for it while some time is neither run nor caught up.
        Map<String, JobHistory> history = jobHistory(from, to);
        while (history.values().stream().anyMatch(h -> !h.unaccounted().isEmpty())
                && Instant.now().isBefore(to.plusSeconds(150))) {
            Thread.sleep(5_000);
            history = jobHistory(from, to);
        }

        StringBuilder counts = new StringBuilder();
        int caughtUp = 0;
        int misfires = 0;
        for (JobHistory job : history.values()) {
            assertThat(job.runs).as("runs of %s from %s on (scheduled times)", job.trigger, from).doesNotHaveDuplicates();
            assertThat(job.unmatchedOffSchedule())
                    .as("runs of %s off the schedule without a misfire notice before them", job.trigger).isEmpty();
            assertThat(job.unaccounted())
                    .as("scheduled times of %s that neither ran nor were caught up after a misfire", job.trigger)
                    .isEmpty();
            counts.append(job.trigger).append(' ').append(job.onSchedule().size()).append('/')
                    .append(job.expected.size());
            if (!job.offSchedule().isEmpty()) {
                counts.append(" (").append(job.expected.size() - job.onSchedule().size())
                        .append(" missed, caught up by ").append(job.offSchedule().size()).append(" run(s) after a misfire)");
            }
            counts.append("; ");
            caughtUp += job.offSchedule().size();
            misfires += job.misfires.size();
        }
        Map<String, Integer> byNode = new TreeMap<>();
        for (Node node : new Node[] {a, b}) {
            for (MatchResult m : node.jobStarts()) {
                Instant scheduled = Instant.parse(m.group(3));
                if (!scheduled.isBefore(from) && scheduled.isBefore(to)) {
                    byNode.merge(node.name, 1, Integer::sum);
                }
            }
        }
        figures.put("job runs in one simulated month (" + from + " to " + to + "), run at the scheduled time/scheduled",
                counts + "by node " + byNode + "; misfire notices " + misfires + ", runs off the schedule after one "
                        + caughtUp);
    }

    /**
     * One job's history from the nodes' logs: the scheduled time of every run (a run after a misfire carries the time
     * Quartz handled the misfire, off the schedule) and every misfire notice with the first time it missed.
     */
    record JobHistory(String trigger, List<Instant> expected, List<Instant> runs, List<Instant> earlierRuns,
                      List<Instant> misfires) {

        List<Instant> onSchedule() {
            return runs.stream().filter(expected::contains).toList();
        }

        /** Runs at no scheduled time of the cron expression (from a little before the window on). */
        List<Instant> offSchedule() {
            return runs.stream().filter(r -> r.getNano() != 0 || !onCron(r)).toList();
        }

        private boolean onCron(Instant run) {
            try {
                return fireTimes(SCHEDULES.get(trigger), run, run.plusMillis(1)).contains(run);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The misfire a run off the schedule caught up: the latest notice before it with no run in between. */
        Optional<Instant> misfireOf(Instant offScheduleRun) {
            Optional<Instant> notice = misfires.stream().filter(m -> m.isBefore(offScheduleRun)).max(Instant::compareTo);
            return notice.filter(m -> java.util.stream.Stream.concat(earlierRuns.stream(), runs.stream())
                    .noneMatch(r -> !r.isBefore(m) && r.isBefore(offScheduleRun)));
        }

        List<Instant> unmatchedOffSchedule() {
            return offSchedule().stream().filter(r -> misfireOf(r).isEmpty()).toList();
        }

        /**
         * Scheduled times that did not run at their time and that no run after a misfire caught up (fire once now:
         * one run for every time missed since the notice's first missed time).
         */
        List<Instant> unaccounted() {
            return expected.stream().filter(t -> !runs.contains(t)).filter(t -> offSchedule().stream()
                    .noneMatch(r -> r.isAfter(t) && misfireOf(r).filter(m -> !m.isAfter(t)).isPresent())).toList();
        }
    }

    static Map<String, JobHistory> jobHistory(Instant from, Instant to) throws Exception {
        Map<String, JobHistory> history = new LinkedHashMap<>();
        for (var job : SCHEDULES.entrySet()) {
            List<Instant> runs = new ArrayList<>();
            List<Instant> earlierRuns = new ArrayList<>();
            List<Instant> misfires = new ArrayList<>();
            for (Node node : new Node[] {a, b}) {
                for (MatchResult m : node.jobStarts()) {
                    Instant scheduled = Instant.parse(m.group(3));
                    if (m.group(2).equals(job.getKey())) {
                        (scheduled.isBefore(from) ? earlierRuns : runs).add(scheduled);
                    }
                }
                for (MatchResult m : node.misfires()) {
                    if (m.group(1).equals(job.getKey())) {
                        misfires.add(Instant.parse(m.group(2)));
                    }
                }
            }
            runs.sort(null);
            misfires.sort(null);
            history.put(job.getKey(), new JobHistory(job.getKey(), fireTimes(job.getValue(), from, to), runs,
                    earlierRuns, misfires));
        }
        return history;
    }

    @Test
    @Order(2)
    void a_node_killed_during_the_monthly_incentive_run_is_replaced_within_20_s_with_the_single_node_statements()
            throws Exception {
        long before = query("select coalesce(max(id), 0) from incentive_run", rs -> rs.getLong(1)).get(0);
        Node runner = null;
        long dead = 0;
        Instant deadline = Instant.now().plusSeconds(150);
        while (runner == null && Instant.now().isBefore(deadline)) {
            List<Long> running = query("select id from incentive_run where status = 'RUNNING' and started_by = '"
                    + JOB_ACTOR + "' and id > " + before, rs -> rs.getLong(1));
            if (!running.isEmpty()) {
                dead = running.get(0);
                runner = a.isRunningIncentives() ? a : b.isRunningIncentives() ? b : null;
            }
            Thread.sleep(20);
        }
        assertThat(runner).as("a node running the monthly incentive job").isNotNull();
        Thread.sleep(100);
        Instant killed = runner.kill();
        Node survivor = runner == a ? b : a;
        long deadRun = dead;
        assertThat(query("select status from incentive_run where id = " + deadRun, rs -> rs.getString(1)))
                .as("the run was still in progress when its node was killed").containsExactly("RUNNING");

        awaitTrue(Duration.ofSeconds(60), survivor::recoveredIncentives);
        Duration recovery = Duration.between(killed, Instant.now());
        awaitTrue(Duration.ofSeconds(60), () -> !query("select id from incentive_run where id > " + deadRun
                + " and started_by = '" + JOB_ACTOR + "' and status = 'SUCCEEDED'", rs -> rs.getLong(1)).isEmpty());
        Duration finished = Duration.between(killed, Instant.now());

        assertThat(recovery).as("recovered on the other node").isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(query("select status, detail from incentive_run where id = " + deadRun,
                rs -> rs.getString(1) + " " + rs.getString(2))).containsExactly("FAILED incentive.run.interrupted");
        List<Map<String, Object>> after = statements();
        assertThat(after).hasSize(query("select statements from incentive_run where id > " + deadRun + " and started_by = '"
                + JOB_ACTOR + "' and status = 'SUCCEEDED' order by id", rs -> rs.getInt(1)).get(0)).isNotEmpty();
        assertThat(after).as("every statement's figures equal the single-node run").isEqualTo(singleNodeStatements);
        figures.put("incentive run killed", "node " + runner.name + " killed (SIGKILL) " + killed + " during run "
                + deadRun + "; recovered on node " + survivor.name + " after " + recovery.toMillis() + " ms, its run "
                + "succeeded " + finished.toMillis() + " ms after the kill; " + after.size() + " statements of "
                + month + ", equal to the single-node run in every column");
    }

    @Test
    @Order(3)
    void a_user_whose_node_dies_signs_in_again_on_the_other_node_and_finds_the_saved_check_in() throws Exception {
        // both nodes up again (the one killed above restarts), the staff member's sticky node then dies
        bothNodesUp();
        String base = "http://127.0.0.1:" + nginxPort;
        try (Chromium chromium = Chromium.launch();
             BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                     .setViewportSize(1280, 900))) {
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            long[] marks = {a.logLength(), b.logLength()};
            signIn(page, base);
            Node home = a.signedIn(marks[0]) ? a : b.signedIn(marks[1]) ? b : null;
            assertThat(home).as("the node that signed the staff member in").isNotNull();
            page.locator("#mood-2").click();
            page.locator("#stress-4").click();
            page.locator("#check-in-save").click();
            assertThat(page.locator("#home-check-in")).containsText("已保存");

            home.kill();
            Node other = home == a ? b : a;
            long mark = other.logLength();
            Instant t0 = Instant.now();
            reopen(page, base + "/");
            page.waitForURL(base + "/login");
            signIn(page, base);
            // the saved check-in counts: the card now asks for the next one of the day (the end of the shift)
            assertThat(page.locator("#home-check-in")).containsText("下班打卡");
            assertThat(other.signedIn(mark)).as("signed in again on the other node").isTrue();
            LocalDate today = LocalDate.now(ZONE);
            assertThat(query("select c.mood, c.stress from emotion_check_in c join staff_staff s on s.id = c.staff_id"
                    + " where s.id = " + staffId + " and c.work_date = '" + today + "'",
                    rs -> rs.getInt(1) + "/" + rs.getInt(2))).containsExactly("2/4");
            figures.put("user on a dead node", STAFF_USER + " signed in on node " + home.name + ", saved a check-in, node "
                    + home.name + " killed; signed in again through nginx on node " + other.name + " in "
                    + Duration.between(t0, Instant.now()).toMillis() + " ms with the check-in there");
        }
    }

    @Test
    @Order(4)
    void a_run_hr_starts_on_a_page_is_redone_on_the_other_node_within_20_s_when_its_node_is_killed() throws Exception {
        bothNodesUp();
        long before = query("select coalesce(max(id), 0) from incentive_run", rs -> rs.getLong(1)).get(0);
        try (Chromium chromium = Chromium.launch();
             BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                     .setViewportSize(1280, 900))) {
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            String base = "http://127.0.0.1:" + a.port;
            page.navigate(base + "/login");
            page.locator("input[name='username']").fill(HR_USER);
            page.locator("input[name='password']").fill("Demo#2026");
            page.locator("input[name='password']").press("Enter");
            page.waitForURL(url -> url.startsWith(base + "/") && !url.startsWith(base + "/login"));
            // a node that has just restarted on a loaded machine takes its time over the first pages
            page.navigate(base + "/incentives");
            assertThat(page.locator("#incentive-run")).isEnabled(new LocatorAssertions.IsEnabledOptions()
                    .setTimeout(90_000));
            // the compressed monthly job calculates the month every minute at :00: start between two of its runs
            awaitTrue(Duration.ofSeconds(120), () -> {
                int second = java.time.LocalTime.now(ZONE).getSecond();
                return second >= 15 && second <= 30 && query("select id from incentive_run where incentive_month = '"
                        + month + "' and status = 'RUNNING'", rs -> rs.getLong(1)).isEmpty();
            });
            page.locator("#incentive-run").click();
            assertThat(page.locator("#incentive-progress")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(60_000));
        }
        List<Long> started = new ArrayList<>();
        awaitTrue(Duration.ofSeconds(30), () -> {
            started.clear();
            started.addAll(query("select id from incentive_run where started_by = '" + HR_USER + "' and id > "
                    + before, rs -> rs.getLong(1)));
            return !started.isEmpty();
        });
        long dead = started.get(0);
        String job = "Job incentive-runs.run-" + dead + " started";
        awaitTrue(Duration.ofSeconds(30), () -> a.logText(0).contains(job) || b.logText(0).contains(job));
        Node runner = a.logText(0).contains(job) ? a : b;
        Thread.sleep(100);
        assertThat(query("select status from incentive_run where id = " + dead, rs -> rs.getString(1)))
                .as("the run was still in progress when its node was killed").containsExactly("RUNNING");
        Instant killed = runner.kill();
        Node survivor = runner == a ? b : a;

        awaitTrue(Duration.ofSeconds(60), () -> survivor.logText(0).lines()
                .anyMatch(l -> l.contains(job) && l.contains("recovering")));
        Duration recovery = Duration.between(killed, Instant.now());
        awaitTrue(Duration.ofSeconds(60), () -> !query("select id from incentive_run where id = (select retried_by"
                + " from incentive_run where id = " + dead + ") and status <> 'RUNNING'", rs -> rs.getLong(1)).isEmpty());
        Duration finished = Duration.between(killed, Instant.now());

        assertThat(recovery).as("recovered on the other node").isLessThanOrEqualTo(Duration.ofSeconds(20));
        long retry = query("select retried_by from incentive_run where id = " + dead + " and status = 'FAILED'"
                + " and detail = 'incentive.run.interrupted'", rs -> rs.getLong(1)).get(0);
        assertThat(query("select status, started_by, statements from incentive_run where id = " + retry,
                rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)))
                .containsExactly("SUCCEEDED " + HR_USER + " " + singleNodeStatements.size());
        assertThat(query("select id from incentive_run where started_by = '" + HR_USER + "' and id > " + before,
                rs -> rs.getLong(1))).as("redone exactly once").containsExactly(dead, retry);
        assertThat(query("select actor, after_state from audit_log_entry where action = 'incentive.run'"
                + " and entity_key = '" + month + "'", rs -> rs.getString(1) + " " + rs.getString(2)))
                .as("the audit log names the HR user for the redone run")
                .anyMatch(e -> e.startsWith(HR_USER + " ") && e.matches(".*\"run\":" + retry + "\\b.*"));
        List<Map<String, Object>> after = statements();
        assertThat(after).as("every statement's figures equal the single-node run").isEqualTo(singleNodeStatements);
        figures.put("HR's run killed", HR_USER + " started run " + dead + " on the page of node a; node " + runner.name
                + " carried it out and was killed (SIGKILL) " + killed + "; node " + survivor.name + " redid it as run "
                + retry + " after " + recovery.toMillis() + " ms, succeeded " + finished.toMillis() + " ms after the"
                + " kill; " + after.size() + " statements of " + month + ", equal to the single-node run in every column");
    }

    static void bothNodesUp() throws Exception {
        for (Node node : new Node[] {a, b}) {
            if (!node.alive()) {
                node.start(false, true);
                node.awaitUp();
            }
        }
    }

    /**
     * Opens the address again as a user would after their node died: the open page may be reloading itself at that
     * moment (its node stopped answering), which aborts this navigation; then it is tried again.
     */
    private static void reopen(Page page, String url) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                page.navigate(url);
                return;
            } catch (com.microsoft.playwright.PlaywrightException e) {
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("ERR_ABORTED")) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static void signIn(Page page, String base) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(STAFF_USER);
        page.locator("input[name='password']").fill("Demo#2026");
        page.locator("input[name='password']").press("Enter");
        // the home, possibly as the saved request (Spring Security then adds "?continue")
        page.waitForURL(url -> url.startsWith(base + "/") && !url.startsWith(base + "/login"));
        assertThat(page.locator("#home-check-in")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    // ---- the nodes and nginx

    static final class Node {
        final String name;
        final int port;
        Process process;
        Path log;
        int starts;

        Node(String name, int port) {
            this.name = name;
            this.port = port;
        }

        void start(boolean demoData, boolean compressedSchedules) throws IOException {
            starts++;
            log = DIR.resolve("node-" + name + "-" + starts + ".log");
            List<String> args = new ArrayList<>(List.of("--server.port=" + port,
                    "--touchpoint.api.bootstrap-token=" + TOKEN, "--touchpoint.demo-data.enabled=" + demoData,
                    "--touchpoint.data-dir=" + DIR.resolve("data-" + name), "--server.forward-headers-strategy=native",
                    // readiness turns UP once start-up work (the demo data) is done, not when the port opens
                    "--management.endpoint.health.probes.enabled=true"));
            if (compressedSchedules) {
                SCHEDULES.forEach((trigger, cron) -> args.add("--touchpoint.jobs."
                        + trigger.substring(trigger.indexOf('.') + 1) + ".cron=" + cron));
            }
            process = java(name, args, log);
        }

        void awaitUp() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(30)) {
                assertThat(process.isAlive()).as("node %s is running, see %s", name, log).isTrue();
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("UP")) {
                        figures.put("node " + name + " start " + starts, seconds(t0) + " s to ready (port " + port + ")");
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(1000);
            }
            throw new AssertionError("node " + name + " did not start, see " + log);
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        Instant kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL
            Instant at = Instant.now();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return at;
        }

        void stop() throws InterruptedException {
            if (alive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        }

        long logLength() throws IOException {
            return Files.size(log);
        }

        String logText(long from) {
            try {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                return text.substring((int) Math.min(from, text.length()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Every job start this node logged, in all of its starts. */
        List<MatchResult> jobStarts() throws IOException {
            List<MatchResult> found = new ArrayList<>();
            try (var files = Files.list(DIR)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("node-" + name + "-")).toList()) {
                    JOB_STARTED.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().forEach(found::add);
                }
            }
            return found;
        }

        /** The monthly incentive job started on this node and has not finished. */
        boolean isRunningIncentives() {
            String text = logText(0);
            int start = text.lastIndexOf("Job incentive.monthly-incentives started");
            return start >= 0 && text.indexOf("Job incentive.monthly-incentives finished", start) < 0
                    && text.indexOf("Job incentive.monthly-incentives failed", start) < 0;
        }

        boolean recoveredIncentives() {
            return JOB_STARTED.matcher(logText(0)).results()
                    .anyMatch(r -> r.group(1).equals("incentive.monthly-incentives") && r.group(5) != null);
        }

        /** Every misfire notice this node logged, in all of its starts: the trigger and the first time it missed. */
        List<MatchResult> misfires() throws IOException {
            List<MatchResult> found = new ArrayList<>();
            try (var files = Files.list(DIR)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("node-" + name + "-")).toList()) {
                    MISFIRED.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().forEach(found::add);
                }
            }
            return found;
        }

        boolean signedIn(long from) {
            return logText(from).contains("Signed in: " + STAFF_USER + " ");
        }
    }

    static Process java(String name, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-cp", nodeClasspath(),
                "com.touchpoint.Application", "--spring.profiles.active=mariadb"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("TOUCHPOINT_DB_URL", dbUrl);
        builder.environment().put("TOUCHPOINT_DB_USER", TestDatabase.USER);
        builder.environment().put("TOUCHPOINT_DB_PASSWORD", TestDatabase.PASSWORD);
        return builder.start();
    }

    /**
     * This test's classpath (surefire may pass it in a manifest-only jar) without the test classes, whose test
     * configuration (a settable clock) and test views a node must not pick up.
     */
    static String nodeClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Paths.get(entry).getFileName().toString().startsWith("surefirebooter")) {
                try (JarFile jar = new JarFile(entry)) {
                    String manifest = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    for (String url : manifest.split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(Paths.get(URI.create(url)).toString());
                        }
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        return entries.stream().filter(e -> !e.replace('\\', '/').matches(".*/test-classes/?"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static void startNginx() throws Exception {
        nginxPort = freePort();
        Path prefix = DIR.resolve("nginx");
        Files.createDirectories(prefix.resolve("logs"));
        String site = Files.readString(NGINX_CONF)
                .replace("127.0.0.1:8081", "127.0.0.1:" + a.port)
                .replace("127.0.0.1:8082", "127.0.0.1:" + b.port)
                .replace("listen 80;", "listen 127.0.0.1:" + nginxPort + ";");
        Files.writeString(prefix.resolve("touchpoint.conf"), site);
        Files.writeString(prefix.resolve("nginx.conf"), """
                # the test's own nginx: everything under target/nodes/nginx, the site is docs/nginx/touchpoint.conf
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log info;
                events { worker_connections 512; }
                http {
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/touchpoint.conf;
                }
                """.formatted(prefix));
        nginx = new ProcessBuilder(NGINX, "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(prefix.resolve("logs/nginx.out").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        awaitTrue(Duration.ofSeconds(30), () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginxPort + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    // ---- helpers

    static List<Instant> fireTimes(String cron, Instant from, Instant to) throws Exception {
        CronExpression expression = new CronExpression(cron);
        expression.setTimeZone(TimeZone.getTimeZone(ZONE));
        List<Instant> times = new ArrayList<>();
        Date next = expression.getTimeAfter(Date.from(from.minusMillis(1)));
        while (next != null && next.toInstant().isBefore(to)) {
            times.add(next.toInstant());
            next = expression.getTimeAfter(next);
        }
        return times;
    }

    /** The month's statements, each row's every column but its id, in staff order. */
    static List<Map<String, Object>> statements() {
        return query("select * from incentive_statement where incentive_month = '" + month + "' order by staff_id", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                if (!meta.getColumnLabel(c).equalsIgnoreCase("id")) {
                    row.put(meta.getColumnLabel(c), rs.getObject(c));
                }
            }
            return row;
        });
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(String sql, Row<T> row) {
        try (Connection c = DriverManager.getConnection(dbUrl, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String seconds(long startedNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }
}
