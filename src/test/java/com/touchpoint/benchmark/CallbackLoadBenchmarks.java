package com.touchpoint.benchmark;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.RollupMaintenance;
import com.touchpoint.satisfaction.api.CallbackLoad;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, load that loses nothing: {@value #DEFAULT_CLIENTS} API clients post callbacks for
 * {@value #DEFAULT_SECONDS} s at the same time ({@link CallbackLoad}: new records, exact and conflicting resends,
 * invalid records, records two clients send at once). Afterwards the stored count and checksum equal what the answers
 * said was accepted, no answer was a 5xx, and the rollups equal a recomputation; p50/p95/p99 latency are recorded in
 * {@code docs/benchmarks.md}. Run on demand only:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=CallbackLoadBenchmarks}
 * ({@code TOUCHPOINT_LOAD_SECONDS} and {@code TOUCHPOINT_LOAD_CLIENTS} change the duration and the clients). The short
 * run in the normal suite is {@code CallbackLoadTests}.
 */
@Tag("benchmark")
@TouchpointTest
class CallbackLoadBenchmarks {

    static final int DEFAULT_CLIENTS = 20;
    static final int DEFAULT_SECONDS = 60;
    static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("TOUCHPOINT_LOAD_CLIENTS",
            String.valueOf(DEFAULT_CLIENTS)));
    static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("TOUCHPOINT_LOAD_SECONDS",
            String.valueOf(DEFAULT_SECONDS)));
    static final int STAFF = 20;
    static final String COMMAND = "./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=CallbackLoadBenchmarks";
    static final String SECTION = "## Callback load";

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory directory;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RollupMaintenance rollups;

    @Test
    void clients_posting_at_once_lose_nothing_and_store_nothing_twice() throws Exception {
        String[][] posts = {{"FIELD_ENGINEER", "T-WEST-3"}, {"HOTLINE_AGENT", "T-WEST-4"}, {"SHOP_SALES", "T-WEST-1"},
                {"SERVICE_CONSULTANT", "T-NORTH-1"}};
        List<String> staff = IntStream.range(0, STAFF).mapToObj(i -> CallbackFixtures.newStaff(directory,
                posts[i % posts.length][0], posts[i % posts.length][1])).toList();
        String token = TestAccess.asAdmin(() -> tokens.create("load-" + UUID.randomUUID(),
                List.of(ApiScopes.CALLBACKS_WRITE))).secret();
        String prefix = "LB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
        LocalDate first = LocalDate.of(2025, 1, 1);
        var load = new CallbackLoad(port, token, staff, prefix, first, 31);
        String loadBefore = loadAverage();

        CallbackLoad.Result result = load.run(CLIENTS, Duration.ofSeconds(SECONDS), 42);
        String loadAfter = loadAverage();
        CallbackLoad.Stored stored = load.stored(jdbc, rollups);
        System.out.println("BENCHMARK callback load: " + result);
        System.out.println("BENCHMARK stored: " + stored + "; client checksum " + result.checksum());
        result.problems().stream().limit(20).forEach(p -> System.out.println("BENCHMARK problem: " + p));
        write(result, stored, loadBefore, loadAfter);

        assertThat(result.problems()).isEmpty();
        assertThat(result.failures()).isZero();
        assertThat(result.serverErrors()).isZero();
        assertThat(result.statuses().keySet()).isSubsetOf(200, 409);
        assertThat(result.duplicatesByAnswers()).isPositive();
        assertThat(result.conflictsRefused()).isPositive();
        assertThat(result.acceptedRecords()).hasSize((int) result.acceptedByAnswers());
        assertThat(stored.count()).isEqualTo(result.acceptedByAnswers());
        assertThat(stored.checksum()).isEqualTo(result.checksum());
        assertThat(stored.rolledUpCallbacks()).isEqualTo(stored.count());
        assertThat(stored.rollupDrift()).isZero();
    }

    private static String loadAverage() throws Exception {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3));
    }

    private void write(CallbackLoad.Result r, CallbackLoad.Stored stored, String loadBefore, String loadAfter)
            throws Exception {
        String date = Instant.now().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        boolean equal = stored.count() == r.acceptedByAnswers() && stored.checksum().equals(r.checksum());
        List<String> s = new ArrayList<>();
        s.add(SECTION);
        s.add("");
        s.add("Written by `CallbackLoadBenchmarks` (issue 19, load that loses nothing), " + date + ". Command: `"
                + COMMAND + "`" + (CLIENTS == DEFAULT_CLIENTS && SECONDS == DEFAULT_SECONDS ? ""
                : " with `TOUCHPOINT_LOAD_CLIENTS=" + CLIENTS + " TOUCHPOINT_LOAD_SECONDS=" + SECONDS + "`")
                + ". Load average " + loadBefore + " before, " + loadAfter + " after (2 cores, shared).");
        s.add("");
        s.add(String.format(Locale.ROOT, "%d clients, each its own HTTP connection, posted to `POST /api/v1/callbacks` "
                + "for %.0f s against the application on a random port (test database with demo data, %d new staff, "
                + "service dates in one month). Each delivery held 20–200 records: mostly new ones, about 10 %% exact "
                + "resends of records already acknowledged (by any client), 4 %% conflicting resends (an acknowledged "
                + "`externalId` with another score and comment), 2 %% invalid records, and new records another client "
                + "sent at the same moment. Every answer was checked record by record against what it had to say.",
                r.clients(), r.seconds(), STAFF));
        s.add("");
        s.add("| figure | value |");
        s.add("|---|---|");
        s.add(String.format(Locale.ROOT, "| deliveries (answers by status) | %,d %s |", r.requests(), r.statuses()));
        s.add(String.format(Locale.ROOT, "| 5xx answers, transport failures, wrong answers | %d, %d, %d |",
                r.serverErrors(), r.failures(), r.problems().size()));
        s.add(String.format(Locale.ROOT, "| records sent | %,d |", r.records()));
        s.add(String.format(Locale.ROOT, "| accepted (sum of the answers) / duplicates / conflicts refused / invalid "
                + "refused | %,d / %,d / %,d / %,d |", r.acceptedByAnswers(), r.duplicatesByAnswers(),
                r.conflictsRefused(), r.invalidRefused()));
        s.add(String.format(Locale.ROOT, "| deliveries sent again after a 409 | %d |", r.resentAfter409()));
        s.add(String.format(Locale.ROOT, "| stored (SQL) / accepted by the answers | %,d / %,d |", stored.count(),
                r.acceptedByAnswers()));
        s.add("| checksum, SQL over the stored rows | `" + stored.checksum() + "` |");
        s.add("| checksum, client over the acknowledged records | `" + r.checksum() + "` |");
        s.add("| equal | " + (equal ? "yes" : "**no**") + " |");
        s.add(String.format(Locale.ROOT, "| rollups: callbacks rolled up / rebuild drift | %,d / %d |",
                stored.rolledUpCallbacks(), stored.rollupDrift()));
        s.add(String.format(Locale.ROOT, "| latency per delivery, p50 / p95 / p99 / max | %,.0f / %,.0f / %,.0f / "
                + "%,.0f ms |", r.percentile(50), r.percentile(95), r.percentile(99), r.percentile(100)));
        s.add(String.format(Locale.ROOT, "| accepted callbacks per second | %,.0f |", r.acceptedByAnswers() / r.seconds()));
        s.add("");
        s.add("The checksum is SHA-256 over the lines `externalId|employeeNo|serviceDate|OVERALL answer` (`-` without "
                + "answers) sorted by external id: on the client from the records the answers confirmed as stored, on "
                + "the server by one SQL query (`CallbackLoad.CHECKSUM_SQL`). The rollup drift is "
                + "`RollupMaintenance.rebuild` over the run's service dates.");
        BenchmarkSections.replace(SECTION, s);
    }
}
