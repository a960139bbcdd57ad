package com.touchpoint.emotion.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.emotion.CheckInRequest;
import com.touchpoint.emotion.CheckIns;
import com.touchpoint.emotion.Moment;
import com.touchpoint.emotion.MoodTag;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/teams/{teamCode}/climate: scope, parameters, the k rule, and no note ever. */
@TouchpointTest
class ClimateApiTests {

    static final String NOTE = "这条备注只属于我";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CheckIns checkIns;
    @Autowired
    OperatorTime time;

    ApiClient api;
    String token;
    String teamCode;
    List<TestStaff.Member> members = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        token = TestAccess.asAdmin(() -> tokens.create("care-" + UUID.randomUUID(), List.of(ApiScopes.CLIMATE_READ)))
                .secret();
        teamCode = "T-API-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        TestAccess.asAdmin(() -> org.save(new OrgUnitChange(teamCode, "接口测试班", OrgUnitKind.TEAM, "BR-EAST")));
        for (int i = 0; i < 5; i++) {
            members.add(TestStaff.newMember(directory, accounts, "HOTLINE_AGENT", teamCode));
        }
    }

    private void checkIn(TestStaff.Member member, int mood) {
        member.act(() -> checkIns.save(new CheckInRequest(member.staffId(), time.today(), Moment.SHIFT_START, mood,
                3, Set.of(MoodTag.SYSTEM), NOTE)));
    }

    private ApiClient.Response climate(String query, String bearer) {
        return api.get("/api/v1/teams/" + teamCode + "/climate?" + query, bearer);
    }

    private String today() {
        LocalDate today = time.today();
        return "from=" + today + "&to=" + today + "&by=DAY";
    }

    @Test
    void four_people_are_suppressed_without_figures_and_five_show_them_rounded() {
        for (int i = 0; i < 4; i++) {
            checkIn(members.get(i), i < 2 ? 1 : 4);
        }
        var small = climate(today(), token);
        assertThat(small.status()).isEqualTo(200);
        JsonNode window = small.json().path("windows").path(0);
        assertThat(window.path("suppressed").asBoolean()).isTrue();
        assertThat(window.has("participants")).isFalse();
        assertThat(window.has("meanMood")).isFalse();
        assertThat(window.has("tagCounts")).isFalse();
        assertThat(small.json().path("minGroup").asInt()).isEqualTo(5);

        checkIn(members.get(4), 5);
        var answer = climate(today(), token);
        window = answer.json().path("windows").path(0);
        assertThat(window.path("suppressed").asBoolean()).isFalse();
        assertThat(window.path("participants").asInt()).isEqualTo(5);
        assertThat(window.path("participation").decimalValue()).isEqualByComparingTo("100.00");
        // moods 1, 1, 4, 4, 5: mean 3, two of five low
        assertThat(window.path("meanMood").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(window.path("lowMoodShare").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(window.path("tagCounts").path("SYSTEM").asInt()).isEqualTo(5);
        assertThat(answer.body()).doesNotContain(NOTE).doesNotContain(members.get(0).employeeNo());
    }

    @Test
    void weeks_are_the_default_windows() {
        var answer = climate("from=2026-03-01&to=2026-03-15", token);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("by").asText()).isEqualTo("WEEK");
        assertThat(answer.json().path("windows")).hasSize(3);
    }

    @Test
    void a_token_without_climate_read_is_refused() {
        String indicators = TestAccess.asAdmin(() -> tokens.create("bi-" + UUID.randomUUID(),
                List.of(ApiScopes.INDICATORS_READ))).secret();
        var answer = climate(today(), indicators);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
        assertThat(climate(today(), null).status()).isEqualTo(401);
    }

    @Test
    void bad_parameters_get_a_problem_naming_them() {
        var by = climate("from=2026-03-01&to=2026-03-15&by=YEAR", token);
        assertThat(by.status()).isEqualTo(400);
        assertThat(by.isProblem()).isTrue();
        assertThat(by.detail()).contains("by").contains("DAY, WEEK or MONTH").contains("YEAR");
        assertThat(by.json().path("errors").path(0).path("field").asText()).isEqualTo("by");

        var reversed = climate("from=2026-03-15&to=2026-03-01", token);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().path("errors").path(0).path("field").asText()).isEqualTo("from");

        var date = climate("from=yesterday&to=2026-03-01", token);
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.detail()).contains("from");

        var missing = climate("to=2026-03-01", token);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.detail()).contains("from");

        assertThat(api.get("/api/v1/teams/BR-WEST/climate?from=2026-03-01&to=2026-03-02", token).status())
                .isEqualTo(404);
    }
}
