package com.touchpoint.staff.api;

import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@TouchpointTest
class StaffApiTests {

    static final String TOKEN = TouchpointTest.BOOTSTRAP_TOKEN;

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory directory;
    ApiClient api;
    String employeeNo;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        employeeNo = "A" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private static String body(String name, String post, String team, String hireDate, String active) {
        return "{\"name\": " + name + ", \"post\": " + post + ", \"teamCode\": " + team + ", \"hireDate\": "
                + hireDate + ", \"active\": " + active + "}";
    }

    private ApiClient.Response put(String body) {
        return api.put("/api/v1/staff/" + employeeNo, TOKEN, body);
    }

    @Test
    void creates_then_updates_a_staff_member_without_duplicating() {
        var created = put(body("\"李娜\"", "\"SHOP_SALES\"", "\"T-WEST-1\"", "\"2023-04-01\"", "true"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("employeeNo").asText()).isEqualTo(employeeNo);
        assertThat(created.json().path("hireDate").asText()).isEqualTo("2023-04-01");

        var moved = put(body("\"李娜\"", "\"SERVICE_CONSULTANT\"", "\"T-EAST-2\"", "\"2023-04-01\"", "false"));
        assertThat(moved.status()).isEqualTo(200);
        var stored = TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo));
        assertThat(stored.teamCode()).isEqualTo("T-EAST-2");
        assertThat(stored.postCode()).isEqualTo("SERVICE_CONSULTANT");
        assertThat(stored.active()).isFalse();
    }

    @Test
    void an_unknown_post_is_named() {
        var answer = put(body("\"李娜\"", "\"JANITOR\"", "\"T-WEST-1\"", "\"2023-04-01\"", "true"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("JANITOR");
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("post");
    }

    @Test
    void an_unknown_team_or_a_branch_as_team_is_refused() {
        var unknown = put(body("\"李娜\"", "\"SHOP_SALES\"", "\"T-NOWHERE\"", "\"2023-04-01\"", "true"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.detail()).contains("T-NOWHERE");
        var branch = put(body("\"李娜\"", "\"SHOP_SALES\"", "\"BR-WEST\"", "\"2023-04-01\"", "true"));
        assertThat(branch.status()).isEqualTo(400);
        assertThat(branch.detail()).contains("BR-WEST").contains("not a team");
    }

    @Test
    void an_invalid_date_is_named() {
        var answer = put(body("\"李娜\"", "\"SHOP_SALES\"", "\"T-WEST-1\"", "\"2023-13-01\"", "true"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("hireDate").contains("2023-13-01");
    }

    @Test
    void a_hire_date_far_in_the_future_is_refused() {
        var answer = put(body("\"李娜\"", "\"SHOP_SALES\"", "\"T-WEST-1\"", "\"2099-01-01\"", "true"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("2099-01-01");
    }

    @Test
    void every_missing_field_is_named() {
        var answer = put("{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsText("field"))
                .contains("name", "post", "teamCode", "hireDate", "active");
        assertThat(TestAccess.asAdmin(() -> directory.count(new com.touchpoint.staff.StaffFilter(employeeNo, null, null, null))))
                .isZero();
    }

    @Test
    void a_wrong_type_is_named() {
        var answer = put(body("\"李娜\"", "\"SHOP_SALES\"", "\"T-WEST-1\"", "\"2023-04-01\"", "\"maybe\""));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("active");
    }

    @Test
    void an_overlong_name_and_a_bad_employee_number_are_refused() {
        var longName = put(body("\"" + "名".repeat(51) + "\"", "\"SHOP_SALES\"", "\"T-WEST-1\"", "\"2023-04-01\"", "true"));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.detail()).contains("name");
        var badNo = api.put("/api/v1/staff/E%20100", TOKEN,
                body("\"李娜\"", "\"SHOP_SALES\"", "\"T-WEST-1\"", "\"2023-04-01\"", "true"));
        assertThat(badNo.status()).isEqualTo(400);
        assertThat(badNo.detail()).contains("employeeNo");
    }

    @Test
    void a_json_structure_where_a_value_belongs_names_the_field_and_the_expected_type_without_java_names() {
        var array = put(body("\"李娜\"", "\"SHOP_SALES\"", "\"T-WEST-1\"", "\"2023-04-01\"", "[true]"));
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.isProblem()).isTrue();
        assertThat(array.detail()).contains("'active'").contains("true or false")
                .doesNotContain("java.").doesNotContain("JsonToken");
        var object = put(body("{\"zh\": \"李娜\"}", "\"SHOP_SALES\"", "\"T-WEST-1\"", "\"2023-04-01\"", "true"));
        assertThat(object.status()).isEqualTo(400);
        assertThat(object.detail()).contains("'name'").contains("text").doesNotContain("java.");
    }

    @Test
    void the_same_new_staff_member_put_ten_times_at_once_is_stored_once_and_never_a_server_error() throws Exception {
        // inactive, so that other tests counting a team's members are not affected
        String body = body("\"李娜\"", "\"SHOP_SALES\"", "\"T-EAST-2\"", "\"2023-04-01\"", "false");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return new ApiClient(port).put("/api/v1/staff/" + employeeNo, TOKEN, body);
                }));
            }
            start.countDown();
            for (Future<ApiClient.Response> future : futures) {
                ApiClient.Response answer = future.get();
                assertThat(answer.status()).isIn(200, 409);
                if (answer.status() == 409) {
                    assertThat(answer.isProblem()).isTrue();
                    assertThat(answer.detail()).contains("at the same time").contains("again");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestAccess.asAdmin(() -> directory.count(new com.touchpoint.staff.StaffFilter(employeeNo, null, null, null))))
                .isEqualTo(1);
    }

    @Test
    void an_empty_body_is_refused() {
        var answer = put("");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void the_field_rules_of_the_body_name_every_bad_field_in_order_before_anything_is_looked_up() {
        var answer = put(body("\"  \"", "\"店员 A\"", "\"" + "T".repeat(41) + "\"", "null", "true"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsText("field")).containsExactly("name", "post", "teamCode",
                "hireDate");
        assertThat(answer.json().path("errors").findValuesAsText("message")).containsExactly(
                "Field name is required", "Field post may contain only letters, digits, '-' and '_'",
                "Field teamCode has at most 40 characters", "Field hireDate is required");
        assertThat(answer.detail()).isEqualTo("Field name is required; Field post may contain only letters, digits, "
                + "'-' and '_'; Field teamCode has at most 40 characters; Field hireDate is required");
        assertThat(TestAccess.asAdmin(() -> directory.count(new com.touchpoint.staff.StaffFilter(employeeNo, null, null, null))))
                .isZero();
    }
}
