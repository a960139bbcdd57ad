package com.touchpoint.satisfaction.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static com.touchpoint.satisfaction.CallbackFixtures.unreachable;
import static org.assertj.core.api.Assertions.assertThat;

/** GET indicators as API.md: rounding, nulls, 404 and 400 cases, scopes. Service consultants in August 2021 are this class's. */
@TouchpointTest
class IndicatorApiTests {

    static final String AUGUST = "from=2021-08-01&to=2021-08-31";

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory directory;
    @Autowired
    CallbackIntake intake;
    @Autowired
    ApiTokens tokens;
    ApiClient api;
    String token;
    static String consultant;
    static String idle;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        token = TestAccess.asAdmin(() -> tokens.create("bi-" + UUID.randomUUID(), List.of(ApiScopes.INDICATORS_READ)))
                .secret();
        if (consultant == null) {
            consultant = CallbackFixtures.newStaff(directory, "SERVICE_CONSULTANT", "T-NORTH-1");
            idle = CallbackFixtures.newStaff(directory, "SERVICE_CONSULTANT", "T-NORTH-1");
            CallbackFixtures.ingestAsQuality(intake, List.of(
                    completed(consultant, "2021-08-02", "2021-08-03", answers("ATTITUDE", 5, "EFFICIENCY", 4,
                            "PROFESSIONAL", 4, "PROMISE", 4, "RESOLUTION", 3, "OVERALL", 9)),
                    completed(consultant, "2021-08-09", "2021-08-10", answers("ATTITUDE", 4, "OVERALL", 7)),
                    unreachable(consultant, "2021-08-11", "2021-08-20")));
        }
    }

    private ApiClient.Response staff(String employeeNo, String query) {
        return api.get("/api/v1/staff/" + employeeNo + "/indicators?" + query, token);
    }

    @Test
    void staff_indicators_have_every_field_rounded_to_two_decimals() {
        var answer = staff(consultant, AUGUST);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode s = answer.json();
        assertThat(s.path("employeeNo").asText()).isEqualTo(consultant);
        assertThat(s.path("post").asText()).isEqualTo("SERVICE_CONSULTANT");
        assertThat(s.path("from").asText()).isEqualTo("2021-08-01");
        assertThat(s.path("attempted").asInt()).isEqualTo(3);
        assertThat(s.path("callbacks").asInt()).isEqualTo(2);
        assertThat(s.path("responseRate").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(s.path("timelinessRate").decimalValue()).isEqualByComparingTo("66.67");
        // ATTITUDE (100+75)/2 = 87.5; 0.25·87.5 + 0.2·75 + 0.2·75 + 0.15·75 + 0.2·50 = 73.125 → 73.13 (half-up)
        assertThat(s.path("index").decimalValue()).isEqualByComparingTo("73.13");
        assertThat(s.path("postIndex").decimalValue()).isEqualByComparingTo("73.13");
        assertThat(s.path("adjustedIndex").decimalValue()).isEqualByComparingTo("73.13");
        assertThat(s.path("target").decimalValue()).isEqualByComparingTo("85.00");
        assertThat(s.path("attainment").decimalValue()).isEqualByComparingTo("0.86");
        assertThat(s.path("satisfactionRate").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(s.path("satisfactionRateLow").decimalValue()).isEqualByComparingTo("9.45");
        assertThat(s.path("satisfactionRateHigh").decimalValue()).isEqualByComparingTo("90.55");
        assertThat(s.path("tScore").isNull()).isTrue();
        assertThat(s.path("items")).hasSize(6);
        assertThat(s.path("items").get(0).path("code").asText()).isEqualTo("ATTITUDE");
        assertThat(s.path("items").get(0).path("mean").decimalValue()).isEqualByComparingTo("87.50");
        assertThat(s.path("weakItems").get(0).asText()).isEqualTo("RESOLUTION");
    }

    @Test
    void undefined_figures_are_null_not_zero() {
        JsonNode s = staff(idle, AUGUST).json();
        assertThat(s.path("callbacks").asInt()).isZero();
        assertThat(s.path("index").isNull()).isTrue();
        assertThat(s.path("responseRate").isNull()).isTrue();
        assertThat(s.path("satisfactionRate").isNull()).isTrue();
        assertThat(s.path("items").get(0).path("mean").isNull()).isTrue();
    }

    @Test
    void team_indicators_list_the_active_members() {
        var answer = api.get("/api/v1/teams/T-NORTH-1/indicators?" + AUGUST, token);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("teamCode").asText()).isEqualTo("T-NORTH-1");
        assertThat(answer.json().path("staff").findValuesAsText("employeeNo")).contains(consultant, idle, "E10081");
    }

    @Test
    void unknown_staff_or_team_is_404() {
        assertThat(staff("NOBODY-9", AUGUST).status()).isEqualTo(404);
        var team = api.get("/api/v1/teams/T-NOWHERE/indicators?" + AUGUST, token);
        assertThat(team.status()).isEqualTo(404);
        assertThat(team.isProblem()).isTrue();
        assertThat(api.get("/api/v1/teams/BR-WEST/indicators?" + AUGUST, token).status()).isEqualTo(404);
    }

    @Test
    void bad_periods_are_400() {
        var reversed = staff(consultant, "from=2021-08-31&to=2021-08-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.detail()).contains("2021-08-31");
        var tooLong = staff(consultant, "from=2020-01-01&to=2021-01-01");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.detail()).contains("366");
        assertThat(staff(consultant, "from=2020-01-01&to=2020-12-31").status()).isEqualTo(200);
        var missing = staff(consultant, "from=2021-08-01");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.detail()).contains("to");
        var malformed = staff(consultant, "from=2021-08-01&to=August");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).contains("to").contains("August");
    }

    @Test
    void bad_periods_for_a_team_are_400_naming_the_parameter() {
        String team = "/api/v1/teams/T-NORTH-1/indicators?";
        var reversed = api.get(team + "from=2021-08-31&to=2021-08-01", token);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.isProblem()).isTrue();
        assertThat(reversed.detail()).contains("2021-08-31");
        assertThat(api.get(team + "from=2020-01-01&to=2021-01-01", token).detail()).contains("366");
        var missing = api.get(team + "to=2021-08-31", token);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.detail()).contains("from");
        var malformed = api.get(team + "from=2021-08-01&to=2021-8-31", token);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).contains("to").contains("2021-8-31");
    }

    @Test
    void the_indicators_scope_is_required() {
        assertThat(api.get("/api/v1/staff/" + consultant + "/indicators?" + AUGUST, null).status()).isEqualTo(401);
        String writer = TestAccess.asAdmin(() -> tokens.create("ivr-" + UUID.randomUUID(),
                List.of(ApiScopes.CALLBACKS_WRITE))).secret();
        assertThat(api.get("/api/v1/staff/" + consultant + "/indicators?" + AUGUST, writer).status()).isEqualTo(403);
    }
}
