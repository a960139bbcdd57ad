package com.touchpoint.benchmark;

import com.touchpoint.MutableClock;
import com.touchpoint.TestDatabase;
import com.touchpoint.TouchpointTest;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 (live heap per Vaadin session) and issue 19 (50 simultaneous supervisor sessions): {@value #DEFAULT_SESSIONS}
 * supervisors (the twelve demo supervisors in turn; on a benchmark database, {@code TOUCHPOINT_BENCHMARK_DB}, fifty
 * generated supervisors of 30-person teams, the clock on the data's last complete month) sign in over real HTTP at
 * the same moment, each in its own
 * session, and open their home ("/", the coaching cockpit), then Team scores. No browser: with Vaadin's
 * {@code eagerServerLoad} (set for this test only) the server builds the view for the page request itself and sends
 * it inline, instead of waiting for the browser's bootstrap request, so every session holds a real UI with its
 * components and data, as after a browser's first load (the requests a browser makes after it, such as a grid asking
 * for more rows, are not made).
 *
 * <p>Live heap is the heap in use after repeated full collections, in this JVM (the application runs in it), taken
 * with no session open (after a warm-up round whose sessions are then expired), with every session's home open, and
 * with Team scores open too. Per session: the difference over the number of sessions. The classes that grew most
 * (from the JVM's class histogram) are printed and written with the figures to {@code docs/benchmarks.md}.
 * Run on demand only:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SessionHeapBenchmarks}
 * ({@code TOUCHPOINT_HEAP_SESSIONS} changes the number of sessions, {@code TOUCHPOINT_HEAP_AT_ONCE} opens them in
 * waves of that many, {@code TOUCHPOINT_HEAP_COMPONENT_TRACKER=true} measures development mode).
 */
@Tag("benchmark")
@TouchpointTest
@TestPropertySource(properties = "vaadin.eagerServerLoad=true")
class SessionHeapBenchmarks {

    /**
     * Vaadin's component tracker (development mode only) remembers where every component was created, several MB per
     * session; production mode has it off, so by default this benchmark turns it off too. Set to true to measure
     * development mode as {@code spring-boot:run} runs it.
     */
    static final boolean TRACKER = Boolean.parseBoolean(System.getenv().getOrDefault(
            "TOUCHPOINT_HEAP_COMPONENT_TRACKER", "false"));

    @DynamicPropertySource
    static void componentTracker(DynamicPropertyRegistry properties) {
        properties.add("vaadin.devmode.componentTracker.enabled", () -> String.valueOf(TRACKER));
    }


    static final int DEFAULT_SESSIONS = 50;
    static final int SESSIONS = Integer.parseInt(System.getenv().getOrDefault("TOUCHPOINT_HEAP_SESSIONS",
            String.valueOf(DEFAULT_SESSIONS)));
    /** How many visitors sign in and open a page at the same moment: by default all of them. */
    static final int AT_ONCE = Integer.parseInt(System.getenv().getOrDefault("TOUCHPOINT_HEAP_AT_ONCE",
            String.valueOf(SESSIONS)));
    /** On the scale data: its supervisors, each of a 30-person team, with a year of callbacks; else the demo's. */
    static final boolean SCALE = TestDatabase.BENCHMARK_DATABASE != null && !TestDatabase.BENCHMARK_DATABASE.isBlank();
    static final int SUPERVISORS = SCALE ? 50 : 12;
    static final boolean PRODUCTION = Boolean.getBoolean("vaadin.productionMode");
    static final String ROW = "| live heap per Vaadin session";
    static final String TRACKED_LOCATION = "com.vaadin.flow.component.internal.ComponentTracker$Location";
    static final String PASSWORD = "Demo#2026";
    static final String COMMAND = "./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SessionHeapBenchmarks";
    static final String SECTION = TRACKER ? "## Heap per Vaadin session, development mode"
            : "## Heap per Vaadin session";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private static void print(String line) {
        System.out.println("BENCHMARK " + line);
    }

    /** One signed-in browser without a browser: its own cookies, hence its own HTTP and Vaadin session. */
    final class Visitor {
        final String username;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();

        Visitor(String username) {
            this.username = username;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofMinutes(5)).header("Accept-Language", "zh-CN").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn() throws Exception {
            String page = get("/login").body();
            String form = meta(page, "_csrf_parameter") + "="
                    + URLEncoder.encode(meta(page, "_csrf"), StandardCharsets.UTF_8) + "&username=" + username
                    + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(username + " signs in").isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(username + " signs in")
                    .doesNotContain("error").doesNotContain("login");
        }

        /** Opens a page the way a browser's first load does and checks that the view (not an error) was built. */
        String open(String path, String marker) throws Exception {
            var answer = get(path);
            assertThat(answer.statusCode()).as(username + " " + path).isEqualTo(200);
            assertThat(answer.body()).as(username + " " + path + " builds its view")
                    .contains("\"" + marker + "\"").doesNotContain("\"error-view\"").doesNotContain("\"error-notice\"");
            return answer.body();
        }

        void openHome() throws Exception {
            open("/", "cockpit-grid");
        }

        void openTeamScores() throws Exception {
            open("/team-scores", "team-grid");
        }
    }

    private static String meta(String html, String name) {
        Matcher meta = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(meta.find()).as("meta " + name).isTrue();
        return meta.group(1);
    }

    @Test
    void heap_per_supervisor_session() throws Exception {
        if (SCALE) {
            // the homes show the current month: "today" is the last day of the data's last complete month
            LocalDate last = jdbc.queryForObject("select max(service_date) from satisfaction_callback", LocalDate.class);
            clock.set(last.plusDays(1).withDayOfMonth(1).minusDays(1).atTime(10, 0).toInstant(ZoneOffset.ofHours(8)));
        }
        try {
            measure();
        } finally {
            clock.reset();
        }
    }

    private void measure() throws Exception {
        waitForTheFrontEnd();
        // warm-up: every supervisor once, one after the other (classes, caches, compiled code), then those sessions
        // end; at once, a cold start on a loaded machine can keep all ten pooled connections past Hikari's 30 s
        List<Visitor> warmUp = visitors(SUPERVISORS);
        for (Visitor v : warmUp) {
            v.signIn();
            v.openHome();
            v.openTeamScores();
        }
        expireSessions();
        warmUp.clear();
        // the visitors' connections are opened (all at once, as below) before the baseline and stay open: Tomcat keeps
        // buffers for each connection it has served, whether or not a session is open on it
        List<Visitor> visitors = visitors(SESSIONS);
        onEach(visitors, v -> v.get("/login").statusCode());
        expireSessions();

        long none = liveHeap();
        assertThat(sessions()).isZero();
        Map<String, long[]> histogramNone = histogram();

        List<Long> homeMillis = onEach(visitors, v -> {
            v.signIn();
            long t = System.nanoTime();
            v.openHome();
            return (System.nanoTime() - t) / 1_000_000;
        });
        assertThat(sessions()).as("one HTTP session per visitor").isEqualTo(SESSIONS);
        long withHomes = liveHeap();
        List<Long> teamMillis = onEach(visitors, v -> {
            long t = System.nanoTime();
            v.openTeamScores();
            return (System.nanoTime() - t) / 1_000_000;
        });
        assertThat(sessions()).isEqualTo(SESSIONS);
        long withBoth = liveHeap();
        Map<String, long[]> histogramBoth = histogram();

        // the same again once the sessions have ended: what the open connections (each keeps Tomcat's buffers) and the
        // warmed caches hold is then in both figures, so the difference is what the sessions themselves keep
        expireSessions();
        assertThat(sessions()).isZero();
        long ended = liveHeap();
        Map<String, long[]> histogramEnded = histogram();

        double homeEach = (withHomes - ended) / (double) SESSIONS;
        double bothEach = (withBoth - ended) / (double) SESSIONS;
        double homeEachNone = (withHomes - none) / (double) SESSIONS;
        List<String> growth = growth(histogramEnded, histogramBoth, 15);
        print(String.format(Locale.ROOT, "live heap: %,d bytes with no session, %,d with %d homes open, %,d with "
                + "Team scores open too, %,d after the sessions ended", none, withHomes, SESSIONS, withBoth, ended));
        print(String.format(Locale.ROOT, "per session: home %,.0f bytes (%.0f KB), home and Team scores %,.0f bytes "
                + "(%.0f KB); home against the heap before the sessions %.0f KB", homeEach, homeEach / 1024, bothEach,
                bothEach / 1024, homeEachNone / 1024));
        print("opening the home: " + millis(homeMillis) + "; Team scores: " + millis(teamMillis));
        growth.forEach(g -> print("grew: " + g));
        List<String> stayed = growth(histogramNone, histogramEnded, 10);
        stayed.forEach(g -> print("stayed after the sessions ended: " + g));
        write(none, withHomes, withBoth, ended, homeEach, bothEach, homeEachNone, homeMillis, teamMillis, growth,
                stayed);
        long trackerBytes = histogramBoth.getOrDefault(TRACKED_LOCATION, new long[2])[1]
                - histogramNone.getOrDefault(TRACKED_LOCATION, new long[2])[1];
        assertThat(trackerBytes > 0).as("component tracker on").isEqualTo(TRACKER);
    }

    private List<Visitor> visitors(int count) {
        List<Visitor> visitors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i % SUPERVISORS + 1;
            visitors.add(new Visitor(SCALE ? String.format(Locale.ROOT, "s-sup%04d", n) : "supervisor" + n));
        }
        return visitors;
    }

    interface Step<T> {
        T run(Visitor visitor) throws Exception;
    }

    /**
     * Runs the step for every visitor, {@link #AT_ONCE} at the same moment (each wave starts when the last ended), one
     * thread each; any failure fails the test.
     */
    private static <T> List<T> onEach(List<Visitor> visitors, Step<T> step) throws Exception {
        List<T> results = new ArrayList<>();
        for (int from = 0; from < visitors.size(); from += AT_ONCE) {
            results.addAll(atOnce(visitors.subList(from, Math.min(visitors.size(), from + AT_ONCE)), step));
        }
        return results;
    }

    private static <T> List<T> atOnce(List<Visitor> visitors, Step<T> step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(visitors.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Visitor v : visitors) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return step.run(v);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Context tomcatContext() {
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
        return (Context) tomcat.getHost().findChildren()[0];
    }

    private int sessions() {
        return tomcatContext().getManager().findSessions().length;
    }

    /** Ends every HTTP session as a timeout would (Vaadin closes its sessions and UIs with them). */
    private void expireSessions() {
        for (Session session : tomcatContext().getManager().findSessions()) {
            session.expire();
        }
    }

    /** Heap in use after full collections, once it stops falling. */
    static long liveHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            best = Math.min(best, memory.getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    /** The JVM's class histogram (live objects, after a full collection): class → {instances, bytes}. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String line : text.split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    private static List<String> growth(Map<String, long[]> before, Map<String, long[]> after, int top) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top)
                .map(e -> String.format(Locale.ROOT, "`%s` %,d bytes in %,d objects (%,.0f bytes per session)",
                        e.getKey(), e.getValue()[1], e.getValue()[0], e.getValue()[1] / (double) SESSIONS))
                .toList();
    }

    private static String millis(List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %,d ms, slowest %,d ms (%d, %d at once)", sorted[sorted.length / 2],
                sorted[sorted.length - 1], sorted.length, Math.min(AT_ONCE, sorted.length));
    }

    /** Waits while Vaadin builds the development bundle, as the journeys do. */
    private void waitForTheFrontEnd() throws Exception {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-DevModePoll", "true").timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (client.send(request, HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-DevModePending")
                .isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The front-end development bundle was not built within 20 minutes");
            }
            Thread.sleep(1000);
        }
    }

    private void write(long none, long withHomes, long withBoth, long ended, double homeEach, double bothEach,
                       double homeEachNone, List<Long> homeMillis, List<Long> teamMillis, List<String> growth,
                       List<String> stayed) throws Exception {
        String date = Instant.now().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        List<String> section = new ArrayList<>();
        section.add(SECTION);
        section.add("");
        section.add("Written by `SessionHeapBenchmarks` (issue 18, live heap per Vaadin session; issue 19, simultaneous "
                + "supervisor sessions), " + date + ". Command: `" + COMMAND + "`"
                + (SESSIONS == DEFAULT_SESSIONS ? "" : " with `TOUCHPOINT_HEAP_SESSIONS=" + SESSIONS + "`")
                + (TRACKER ? " with `TOUCHPOINT_HEAP_COMPONENT_TRACKER=true`" : "")
                + (AT_ONCE < SESSIONS ? " with `TOUCHPOINT_HEAP_AT_ONCE=" + AT_ONCE + "`" : "") + ".");
        section.add("");
        section.add(String.format(Locale.ROOT, "%d supervisor sessions (" + (SCALE ? "fifty generated supervisors of "
                + "30-person teams, database `" + TestDatabase.BENCHMARK_DATABASE + "`, the clock on the data's last "
                + "complete month" : "the twelve demo supervisors in turn, demo data") + ") signed in over HTTP " + (AT_ONCE < SESSIONS ? "in waves of " + AT_ONCE + " at the same moment"
                : "at the same moment") + " and opened their home (`/`, the cockpit), then Team "
                + "scores (`/team-scores`), each page as a browser's first load, in a UI of its own; every answer was "
                + "200 with the view built and no error. Live heap is heap in use after full collections in the test "
                + "JVM, which runs the application. Both figures without a session are taken with the same 50 HTTP "
                + "connections open (Tomcat keeps buffers of several KB for each connection it has served): before the "
                + "sessions, once every visitor had loaded the sign-in page at the same moment and those sessions were "
                + "expired, after a warm-up round of every supervisor; and once the sessions had ended again, with the "
                + "same caches warm. The per-session figures are against the latter; against the former "
                + "the home comes to %.0f KB a session. " + (PRODUCTION ? "The application runs in Vaadin's production "
                + "mode, as users get it" : "The application runs in Vaadin's development mode (the test setup), with "
                + "Vaadin's component tracker " + (TRACKER ? "on, as under `./mvnw spring-boot:run`: it keeps the place "
                + "of creation of every component, which production mode does not" : "off, as in production mode (in "
                + "development mode it keeps the place of creation of every component: see the development-mode "
                + "section)")) + "; with `eagerServerLoad` the server builds each page's view "
                + "for the page request itself, as it otherwise does for the browser's first request after it.",
                SESSIONS, homeEachNone / 1024));
        section.add("");
        section.add("| sessions open | live heap | per session | goal | |");
        section.add("|---|---|---|---|---|");
        section.add(String.format(Locale.ROOT, "| none, before (the same connections) | %,d KB | | | |", none / 1024));
        section.add(String.format(Locale.ROOT, "| %d, home open | %,d KB | %,.0f KB | ≤ 300 KB | %s |", SESSIONS,
                withHomes / 1024, homeEach / 1024, homeEach <= 300 * 1024 ? "met" : "**missed**"));
        section.add(String.format(Locale.ROOT, "| %d, home and Team scores open (two UIs each) | %,d KB | %,.0f KB "
                        + "| | |", SESSIONS, withBoth / 1024, bothEach / 1024));
        section.add(String.format(Locale.ROOT, "| none, the sessions ended (same connections) | %,d KB | | | |",
                ended / 1024));
        section.add("");
        section.add("Opening the home: " + millis(homeMillis) + "; Team scores: " + millis(teamMillis)
                + ". What the sessions with both pages open held most, against the same after they ended (class histogram):");
        section.add("");
        growth.forEach(g -> section.add("- " + g));
        section.add("");
        section.add("What the heap held once the sessions had ended, more than before them (class histogram; no "
                + "session is open in either):");
        section.add("");
        stayed.forEach(g -> section.add("- " + g));
        section.add("");
        BenchmarkSections.replace(SECTION, section);
        BenchmarkSections.putRow(ROW, String.format(Locale.ROOT, "%s (supervisor home open; `SessionHeapBenchmarks`, %d "
                        + "sessions, %s; %s: Heap per Vaadin session, below) | %,.0f KB | the same %d sessions ended, same "
                        + "connections (%,.0f KB against the heap before the sessions with the same connections open) | | "
                        + "≤ 300 KB each | %s |", ROW, SESSIONS, SCALE ? "scale data" : "demo data",
                PRODUCTION ? "production mode" : "development mode", homeEach / 1024, SESSIONS, homeEachNone / 1024,
                homeEach <= 300 * 1024 ? "met" : "**missed**"));
    }
}
