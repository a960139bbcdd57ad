package com.touchpoint.satisfaction.api;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.RollupMaintenance;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short run of {@link CallbackLoad} in the normal suite (4 clients, 5 s): what the answers said was accepted is
 * exactly what is stored, by count and checksum, nothing answered with a 5xx, and the rollups equal a recomputation.
 * The 20-client, 60 s run is {@code CallbackLoadBenchmarks}.
 */
@TouchpointTest
class CallbackLoadTests {

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
    void four_clients_for_five_seconds_lose_nothing_and_store_nothing_twice() throws Exception {
        List<String> staff = IntStream.range(0, 4).mapToObj(i -> CallbackFixtures.newStaff(directory,
                i % 2 == 0 ? "FIELD_ENGINEER" : "HOTLINE_AGENT", i % 2 == 0 ? "T-WEST-3" : "T-WEST-4")).toList();
        String token = TestAccess.asAdmin(() -> tokens.create("load-" + UUID.randomUUID(),
                List.of(ApiScopes.CALLBACKS_WRITE))).secret();
        String prefix = "LT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
        var load = new CallbackLoad(port, token, staff, prefix, LocalDate.of(2025, 2, 1), 28);

        CallbackLoad.Result result = load.run(4, Duration.ofSeconds(5), 7);
        CallbackLoad.Stored stored = load.stored(jdbc, rollups);
        System.out.println("Callback load: " + result + "; stored " + stored);

        assertThat(result.problems()).isEmpty();
        assertThat(result.failures()).isZero();
        assertThat(result.serverErrors()).isZero();
        assertThat(result.statuses().keySet()).isSubsetOf(200, 409);
        assertThat(result.requests()).as("deliveries in 5 s").isGreaterThanOrEqualTo(4);
        assertThat(result.acceptedByAnswers()).as("accepted records").isPositive();
        assertThat(result.duplicatesByAnswers()).as("exact resends counted as duplicates").isPositive();
        assertThat(result.conflictsRefused()).as("conflicting resends refused").isPositive();
        assertThat(result.acceptedRecords()).hasSize((int) result.acceptedByAnswers());
        assertThat(stored.count()).isEqualTo(result.acceptedByAnswers());
        assertThat(stored.checksum()).isEqualTo(result.checksum());
        assertThat(stored.rolledUpCallbacks()).isEqualTo(stored.count());
        assertThat(stored.rollupDrift()).isZero();
    }
}
