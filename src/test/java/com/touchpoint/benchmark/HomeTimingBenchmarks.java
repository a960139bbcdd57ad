package com.touchpoint.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.touchpoint.MutableClock;
import com.touchpoint.TestDatabase;
import com.touchpoint.dashboard.Cockpit;
import com.touchpoint.dashboard.StaffHomeFigures;
import com.touchpoint.dashboard.StaffOverview;
import com.touchpoint.dashboard.TeamCockpit;
import com.touchpoint.journey.Chromium;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 (Speed) and issue 18 (the "supervisor home … in Chromium" row): how long the supervisor home of a
 * 30-person team and a staff member's home (390 px) take in Chromium on the generated scale data, from navigating to
 * "/" (already signed in) until the home's key figures are visible: every cockpit row in the grid, the staff index
 * card's figure. One warm-up, then {@link #RUNS} runs; median, fastest and slowest; the service-side time of the same
 * figures is measured alongside, to show where the time goes. Writes its rows into {@code docs/benchmarks.md}.
 * Run on demand only:
 * {@code TOUCHPOINT_BENCHMARK_DB=touchpoint_scale ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=HomeTimingBenchmarks}.
 *
 * <p>The clock is fixed on the last complete month of the data (the homes show the current month), and a staff
 * account {@value #STAFF_USER} is added for the second member of the supervisor's team if it is missing (the
 * generator creates supervisor accounts only); it is left in place.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"touchpoint.demo-data.enabled=false", "vaadin.devmode.devTools.enabled=false"})
@Import(MutableClock.Config.class)
class HomeTimingBenchmarks {

    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("TOUCHPOINT_HOME_RUNS", "7"));
    /** Run with the production bundle, as the jar serves it: {@code -Pproduction -DargLine=-Dvaadin.productionMode=true}. */
    static final boolean PRODUCTION = Boolean.getBoolean("vaadin.productionMode");
    static final String COMMAND = "TOUCHPOINT_BENCHMARK_DB=touchpoint_scale ./mvnw " + (PRODUCTION ? "-Pproduction " : "")
            + "test -Dgroups=benchmark -DexcludedGroups=none -Dtest=HomeTimingBenchmarks"
            + (PRODUCTION ? " -DargLine=-Dvaadin.productionMode=true" : "");
    static final String MODE = PRODUCTION ? "production bundle" : "development bundle";
    static final String SUPERVISOR = System.getenv().getOrDefault("TOUCHPOINT_HOME_SUPERVISOR", "s-sup0004");
    static final String PASSWORD = "Demo#2026";
    static final String STAFF_USER = "s-bench-staff";
    static final String STAFF_PASSWORD = "Bench#2026-home";
    static final String SUPERVISOR_ROW = "| supervisor home for a 30-person team, in Chromium";
    static final String STAFF_ROW = "| staff home (390 px), in Chromium";
    static final String SECTION = "## Homes in Chromium";

    @LocalServerPort
    int port;
    @Autowired
    TeamCockpit cockpits;
    @Autowired
    StaffHomeFigures staffHome;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    /** Median, fastest and slowest of a series, in milliseconds. */
    record Series(double[] millis) {
        double median() {
            double[] s = millis.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        }

        double min() {
            return Arrays.stream(millis).min().orElseThrow();
        }

        double max() {
            return Arrays.stream(millis).max().orElseThrow();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,.0f ms (%,.0f–%,.0f)", median(), min(), max());
        }
    }

    /**
     * A browser timing: wall clock around navigate + wait, and performance.now() in the page when it was seen; and
     * where the time went, from the page's own resource timing: the page's HTML received, the request that builds the
     * view on the server ({@code v-r=init}) sent and answered.
     */
    record Timing(Series wall, Series inPage, Series html, Series initSent, Series initAnswered, Series viewSent,
                  Series viewAnswered) {

        String breakdown() {
            return String.format(Locale.ROOT, "HTML received at %,.0f ms; UI request (v-r=init) sent at %,.0f ms, "
                            + "answered at %,.0f ms; view request (first v-r=uidl, the server builds the view) sent at "
                            + "%,.0f ms, answered at %,.0f ms (%,.0f ms in the server and on the wire); ready at %,.0f ms "
                            + "(medians)", html.median(), initSent.median(), initAnswered.median(), viewSent.median(),
                    viewAnswered.median(), viewAnswered.median() - viewSent.median(), inPage.median());
        }
    }

    private static final String RESOURCE_TIMING = "() => { const n = performance.getEntriesByType('navigation')[0];"
            + " const r = performance.getEntriesByType('resource');"
            + " const i = r.find(e => e.name.includes('v-r=init'));"
            + " const u = r.find(e => e.name.includes('v-r=uidl'));"
            + " return [n.responseEnd, i ? i.startTime : -1, i ? i.responseEnd : -1, u ? u.startTime : -1,"
            + " u ? u.responseEnd : -1]; }";

    private static void print(String line) {
        System.out.println("BENCHMARK " + line);
    }

    @Test
    void homes_in_chromium() throws Exception {
        String loadBefore = uptime();
        long callbacks = jdbc.queryForObject("select count(*) from satisfaction_callback", Long.class);
        long staffCount = jdbc.queryForObject("select count(*) from staff_staff", Long.class);
        assertThat(staffCount).as("generate the scale data first (README, Benchmarks)").isGreaterThanOrEqualTo(100);
        LocalDate last = jdbc.queryForObject("select max(service_date) from satisfaction_callback", LocalDate.class);
        // the homes show the current month: "today" is the last day of the last complete month of the data
        LocalDate today = last.plusDays(1).withDayOfMonth(1).minusDays(1);
        clock.set(today.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)));
        try {
            OrgUnitDetails team = as(SUPERVISOR, () -> cockpits.myTeams().get(0), "ROLE_SUPERVISOR", "ROLE_STAFF");
            Cockpit cockpit = as(SUPERVISOR, () -> cockpits.of(team.id()), "ROLE_SUPERVISOR", "ROLE_STAFF");
            int rows = cockpit.rows().size();
            assertThat(rows).as("a 30-person team (its supervisor may be left out)").isBetween(29, 30);
            long memberId = jdbc.queryForObject("select id from staff_staff where team_id = ? and id <> (select "
                    + "staff_id from staff_user_account where username = ?) order by employee_no limit 1", Long.class,
                    team.id(), SUPERVISOR);
            ensureStaffAccount(memberId);
            StaffOverview overview = as(STAFF_USER, () -> staffHome.overview(memberId), "ROLE_STAFF");
            long teamCallbacks = cockpit.rows().stream().mapToLong(r -> r.callbacks()).sum();
            print(String.format(Locale.ROOT, "data: %,d staff, %,d callbacks; team %s (%d rows, %,d callbacks in %s); "
                    + "staff %d (%d callbacks); load %s", staffCount, callbacks, team.code(), rows, teamCallbacks,
                    cockpit.month(), memberId, overview.scores().callbacks(), loadBefore));

            waitForTheFrontEnd();
            Timing supervisor;
            Timing staff;
            try (Chromium chromium = Chromium.launch()) {
                supervisor = supervisorHome(chromium, rows, cockpit);
                staff = staffHome(chromium, overview);
            }
            Series cockpitService = serviceTime(() -> as(SUPERVISOR, () -> cockpits.of(team.id()), "ROLE_SUPERVISOR",
                    "ROLE_STAFF"));
            Series staffService = serviceTime(() -> as(STAFF_USER, () -> staffHome.overview(memberId), "ROLE_STAFF"));
            print("supervisor home: " + supervisor.breakdown());
            print("staff home: " + staff.breakdown());
            print("supervisor home, browser wall clock: " + supervisor.wall() + "; in page since navigation start: "
                    + supervisor.inPage() + "; TeamCockpit.of on the server: " + cockpitService);
            print("staff home, browser wall clock: " + staff.wall() + "; in page since navigation start: "
                    + staff.inPage() + "; StaffHomeFigures.overview on the server: " + staffService);
            String loadAfter = uptime();
            print("load: " + loadBefore + " before, " + loadAfter + " after");
            write(callbacks, staffCount, team, rows, teamCallbacks, cockpit, overview, supervisor, staff,
                    cockpitService, staffService, loadBefore, loadAfter);
        } finally {
            clock.reset();
        }
    }

    private Timing supervisorHome(Chromium chromium, int rows, Cockpit cockpit) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 1000))) {
            context.setDefaultTimeout(120_000);
            Page page = context.newPage();
            String ready = "() => document.querySelectorAll('#cockpit-grid a.cockpit-name').length >= " + rows
                    + " ? performance.now() : false";
            signIn(page, SUPERVISOR, PASSWORD, ready, "supervisor");
            Timing timing = time(page, ready);
            // the figures shown are the service's: every row's n
            for (var row : cockpit.rows()) {
                assertThat(page.locator("#cockpit-grid span.cockpit-n[data-employee-no='" + row.employeeNo() + "']")
                        .textContent()).isEqualTo(String.valueOf(row.callbacks()));
            }
            return timing;
        }
    }

    private Timing staffHome(Chromium chromium, StaffOverview overview) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setHasTouch(true).setIsMobile(true))) {
            context.setDefaultTimeout(120_000);
            Page page = context.newPage();
            String ready = "() => { const e = document.querySelector('#staff-home-adjusted'); "
                    + "return e && e.offsetParent !== null && e.textContent.trim() !== '' ? performance.now() : false; }";
            signIn(page, STAFF_USER, STAFF_PASSWORD, ready, "staff");
            Timing timing = time(page, ready);
            Double adjusted = overview.scores().adjustedIndex();
            assertThat(page.locator("#staff-home-adjusted").textContent()).isEqualTo(adjusted == null ? "—"
                    : BigDecimal.valueOf(adjusted).setScale(2, RoundingMode.HALF_UP).toPlainString());
            return timing;
        }
    }

    /**
     * Signs in through the login page and waits (up to 2 minutes, unlike the journeys' 15 s) until the home is ready:
     * the first home after the application started is much slower on a loaded machine. That first time is printed.
     */
    private void signIn(Page page, String username, String password, String ready, String which) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        long t = System.nanoTime();
        page.locator("input[name='password']").press("Enter");
        try {
            page.waitForURL(url("/"));
            page.waitForFunction(ready, null, new Page.WaitForFunctionOptions().setPollingInterval(10));
        } catch (RuntimeException e) {
            // what the browser showed instead, to tell a slow home from a broken one
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "home-timing-" + which + ".png")));
            throw e;
        }
        firstHomes.add(String.format(Locale.ROOT, "%s %,.0f ms", which, (System.nanoTime() - t) / 1e6));
        print("first " + which + " home after sign-in: " + firstHomes.get(firstHomes.size() - 1));
    }

    private final List<String> firstHomes = new ArrayList<>();

    /** One warm-up, then the runs: navigate to "/" and wait until the page says it is ready. */
    private Timing time(Page page, String ready) {
        double[] wall = new double[RUNS];
        double[] inPage = new double[RUNS];
        double[][] resources = new double[5][RUNS];
        for (int r = -1; r < RUNS; r++) {
            long t = System.nanoTime();
            page.navigate(url("/"));
            double seen = ((Number) page.waitForFunction(ready, null,
                    new Page.WaitForFunctionOptions().setPollingInterval(10)).jsonValue()).doubleValue();
            long nanos = System.nanoTime() - t;
            if (r >= 0) {
                wall[r] = nanos / 1e6;
                inPage[r] = seen;
                List<?> timing = (List<?>) page.evaluate(RESOURCE_TIMING);
                for (int i = 0; i < resources.length; i++) {
                    resources[i][r] = ((Number) timing.get(i)).doubleValue();
                }
            }
        }
        return new Timing(new Series(wall), new Series(inPage), new Series(resources[0]), new Series(resources[1]),
                new Series(resources[2]), new Series(resources[3]), new Series(resources[4]));
    }

    private static Series serviceTime(Supplier<?> work) {
        work.get();
        double[] millis = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t = System.nanoTime();
            work.get();
            millis[r] = (System.nanoTime() - t) / 1e6;
        }
        return new Series(millis);
    }

    private void ensureStaffAccount(long staffId) {
        Integer existing = jdbc.queryForObject("select count(*) from staff_user_account where username = ?",
                Integer.class, STAFF_USER);
        if (existing == 0) {
            String name = jdbc.queryForObject("select name from staff_staff where id = ?", String.class, staffId);
            TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(STAFF_USER, name, STAFF_PASSWORD, staffId,
                    Set.of(Role.STAFF), Set.of(), true)));
        }
    }

    private static <T> T as(String username, Supplier<T> action, String... authorities) {
        return TestAccess.as(username, action, authorities);
    }

    /** Waits while Vaadin builds the development bundle, as the journeys do. */
    private void waitForTheFrontEnd() throws Exception {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(url("/login"))).header("X-DevModePoll", "true")
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (client.send(request, HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-DevModePending")
                .isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The front-end development bundle was not built within 20 minutes");
            }
            Thread.sleep(1000);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** How busy the machine was: more runnable processes than cores in the last minute is a loaded machine. */
    private static String loadNote(String loadAverages) {
        double lastMinute = Double.parseDouble(loadAverages.split(" ")[0]);
        int cores = Runtime.getRuntime().availableProcessors();
        return lastMinute > 2.0 * cores ? "heavily loaded" : lastMinute > cores ? "loaded" : "quiet";
    }

    private static String uptime() throws IOException {
        return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).strip().split(" "))
                .subList(0, 3));
    }

    private void write(long callbacks, long staffCount, OrgUnitDetails team, int rows, long teamCallbacks,
                       Cockpit cockpit, StaffOverview overview, Timing supervisor, Timing staff, Series cockpitService,
                       Series staffService, String loadBefore, String loadAfter) throws IOException {
        String date = Instant.now().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String data = String.format(Locale.ROOT, callbacks >= 1_000_000 ? "%,d callbacks stored"
                : "%,d callbacks stored, fewer than the goal's 1,000,000", callbacks);
        String loaded = loadNote(loadBefore);
        String supervisorRow = String.format(Locale.ROOT, "%s (%s, %d rows; %s; %s) | %s, %d runs after a warm-up; "
                        + "load average %s, %s | — | | ≤ 1 s | %s |", SUPERVISOR_ROW, team.code(), rows, data, MODE,
                supervisor.wall(), RUNS, loadBefore, loaded, supervisor.wall().median() <= 1000 ? "met" : "**missed**");
        String staffRow = String.format(Locale.ROOT, "%s (one member of %s; %s; %s) | %s, %d runs after a warm-up; "
                        + "load average %s, %s | — | | ≤ 0.5 s | %s |", STAFF_ROW, team.code(), data, MODE,
                staff.wall(), RUNS, loadBefore, loaded, staff.wall().median() <= 500 ? "met" : "**missed**");
        print(supervisorRow);
        print(staffRow);

        List<String> section = new ArrayList<>();
        section.add(SECTION);
        section.add("");
        section.add("Written by `HomeTimingBenchmarks` (issue 16, Speed; issue 18, the Chromium row), " + date + ".");
        section.add("");
        section.add("- **Command**: `" + COMMAND.replace("touchpoint_scale", TestDatabase.BENCHMARK_DATABASE) + "`");
        section.add("- **Vaadin**: " + (PRODUCTION ? "production mode with the optimised bundle that `-Pproduction` "
                + "builds into the jar, as users get it" : "development mode with the committed development bundle, as "
                + "under `./mvnw verify` (slower in the browser than the production bundle; add `-Pproduction "
                + "-DargLine=-Dvaadin.productionMode=true` for what users get)"));
        section.add(String.format(Locale.ROOT, "- **Data**: database `%s`, %,d staff, **%,d callbacks**; the clock fixed on %s so that the "
                        + "homes show a month with data (%s)", TestDatabase.BENCHMARK_DATABASE, staffCount, callbacks,
                clock.instant().atOffset(ZoneOffset.ofHours(8)).toLocalDate(), cockpit.month()));
        section.add(String.format(Locale.ROOT, "- **Supervisor**: `%s`, team %s, %d cockpit rows, %,d callbacks in "
                        + "the month; Chromium 1400 × 1000", SUPERVISOR, team.code(), rows, teamCallbacks));
        section.add(String.format(Locale.ROOT, "- **Staff**: `%s` (an account added for the team's second member; "
                        + "the generator creates supervisor accounts only), %d callbacks in the month; Chromium "
                        + "390 × 844, touch", STAFF_USER, overview.scores().callbacks()));
        section.add("- **Machine load** (`/proc/loadavg`, " + Runtime.getRuntime().availableProcessors()
                + " cores): " + loadBefore + " before, " + loadAfter + " after (" + loadNote(loadBefore) + ")"
                + (loadNote(loadBefore).equals("quiet") ? "." : ": the figures are upper bounds, not what an idle "
                + "server gives."));
        section.add("- **Measured**: signed in once, then a warm-up and " + RUNS + " navigations of `/`, each timed "
                + "from `page.navigate` until the key figures are in the page (every cockpit row's name link in "
                + "`#cockpit-grid`; the staff index card's `#staff-home-adjusted` visible and filled), checked "
                + "with a 10 ms poll in the page. After the runs the figures shown are checked against the services' "
                + "(every row's n; the staff member's adjusted index).");
        section.add("- **Where the time goes** (the page's resource timing): supervisor home: " + supervisor.breakdown()
                + "; staff home: " + staff.breakdown() + ".");
        section.add("- **First home after sign-in** (from pressing Enter on the login form until ready, the first of "
                + "each after the application started, not counted in the runs): " + String.join(", ", firstHomes));
        section.add("");
        section.add("| home | browser, wall clock | browser, `performance.now()` when ready | the service alone "
                + "(same figures, in the server) | goal |");
        section.add("|---|---|---|---|---|");
        section.add("| supervisor home, 30-person team | " + supervisor.wall() + " | " + supervisor.inPage()
                + " | `TeamCockpit.of`: " + cockpitService + " | ≤ 1 s |");
        section.add("| staff home, 390 px | " + staff.wall() + " | " + staff.inPage()
                + " | `StaffHomeFigures.overview`: " + staffService + " | ≤ 0.5 s |");
        section.add("");

        BenchmarkSections.putRow(SUPERVISOR_ROW, supervisorRow);
        BenchmarkSections.putRow(STAFF_ROW, staffRow);
        BenchmarkSections.replace(SECTION, section);
    }
}
