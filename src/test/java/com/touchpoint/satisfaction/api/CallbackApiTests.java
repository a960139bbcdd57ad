package com.touchpoint.satisfaction.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/callbacks exactly as API.md, bad input included. */
@TouchpointTest
class CallbackApiTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory directory;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;
    String employeeNo;
    String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        employeeNo = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-EAST-3");
        token = TestAccess.asAdmin(() -> tokens.create("ivr-" + UUID.randomUUID(), List.of(ApiScopes.CALLBACKS_WRITE)))
                .secret();
    }

    private ObjectNode record() {
        ObjectNode r = JSON.createObjectNode();
        r.put("externalId", "CB-" + UUID.randomUUID());
        r.put("employeeNo", employeeNo);
        r.put("serviceDate", "2026-10-03");
        r.put("callbackDate", "2026-10-05");
        r.put("serviceType", "REPAIR");
        r.put("channel", "ONSITE");
        r.put("customerSegment", "MASS");
        r.put("status", "COMPLETED");
        r.put("questionnaire", "STANDARD-2026");
        ObjectNode answers = r.putObject("answers");
        answers.put("ATTITUDE", 5).put("EFFICIENCY", 4).put("PROFESSIONAL", 5).put("PROMISE", 3)
                .put("RESOLUTION", 4).put("OVERALL", 9);
        r.put("complaint", false);
        r.put("comment", "师傅很耐心,但比约定时间晚到了一小时");
        return r;
    }

    private ApiClient.Response post(JsonNode... records) {
        ArrayNode array = JSON.createArrayNode();
        for (JsonNode r : records) {
            array.add(r);
        }
        return api.post("/api/v1/callbacks", token, array.toString());
    }

    private int stored(String externalId) {
        return jdbc.queryForObject("select count(*) from satisfaction_callback where external_id = ?", Integer.class,
                externalId);
    }

    @Test
    void valid_callbacks_are_accepted_and_an_identical_resend_is_a_duplicate() {
        ObjectNode a = record();
        ObjectNode b = record();
        var first = post(a, b);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("accepted").asInt()).isEqualTo(2);
        assertThat(first.json().path("duplicates").asInt()).isZero();
        assertThat(first.json().path("rejected")).isEmpty();
        assertThat(stored(a.get("externalId").asText())).isEqualTo(1);

        var again = post(a, b);
        assertThat(again.json().path("accepted").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(2);
        assertThat(stored(a.get("externalId").asText())).isEqualTo(1);
    }

    @Test
    void a_changed_record_under_a_known_external_id_is_a_conflict_and_changes_nothing() {
        ObjectNode a = record();
        post(a);
        ObjectNode changed = a.deepCopy().put("comment", "改过的评论");
        var answer = post(changed);
        assertThat(answer.json().path("accepted").asInt()).isZero();
        JsonNode rejected = answer.json().path("rejected").get(0);
        assertThat(rejected.path("index").asInt()).isZero();
        assertThat(rejected.path("externalId").asText()).isEqualTo(a.get("externalId").asText());
        assertThat(rejected.path("errors").get(0).asText()).contains("conflict");
        assertThat(jdbc.queryForObject("select comment_text from satisfaction_callback where external_id = ?",
                String.class, a.get("externalId").asText())).isEqualTo("师傅很耐心,但比约定时间晚到了一小时");
    }

    @Test
    void the_same_external_id_twice_in_one_delivery_is_stored_once() {
        ObjectNode a = record();
        ObjectNode conflicting = a.deepCopy().put("complaint", true);
        var answer = post(a, a.deepCopy(), conflicting);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(1);
        assertThat(answer.json().path("duplicates").asInt()).isEqualTo(1);
        assertThat(answer.json().path("rejected").get(0).path("index").asInt()).isEqualTo(2);
    }

    @Test
    void invalid_records_are_listed_with_every_reason_while_valid_ones_are_stored() {
        ObjectNode good = record();
        ObjectNode unknownEmployee = record().put("employeeNo", "NOBODY-1");
        ObjectNode manyProblems = record().put("callbackDate", "2026-10-01");
        ((ObjectNode) manyProblems.get("answers")).put("ATTITUDE", 6).put("SMELL", 3);
        manyProblems.put("comment", "长".repeat(2001));
        ObjectNode future = record().put("callbackDate", LocalDate.now().plusDays(3).toString());
        ObjectNode answeredButUnreachable = record().put("status", "UNREACHABLE");
        ObjectNode unknownQuestionnaire = record().put("questionnaire", "OLD-1999");
        ObjectNode missing = JSON.createObjectNode().put("externalId", "CB-" + UUID.randomUUID());

        var answer = post(good, unknownEmployee, manyProblems, future, answeredButUnreachable, unknownQuestionnaire,
                missing);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(1);
        JsonNode rejected = answer.json().path("rejected");
        assertThat(rejected).hasSize(6);
        assertThat(rejected.get(0).path("index").asInt()).isEqualTo(1);
        assertThat(rejected.get(0).path("errors").get(0).asText()).contains("NOBODY-1");
        assertThat(rejected.get(1).path("errors").toString())
                .contains("before serviceDate").contains("ATTITUDE").contains("outside its scale")
                .contains("SMELL").contains("2001");
        assertThat(rejected.get(1).path("errors")).hasSize(4);
        assertThat(rejected.get(2).path("errors").get(0).asText()).contains("future");
        assertThat(rejected.get(3).path("errors").get(0).asText()).contains("Unreachable").contains("cannot have answers");
        assertThat(rejected.get(4).path("errors").get(0).asText()).contains("OLD-1999");
        assertThat(rejected.get(5).path("errors").toString()).contains("employeeNo").contains("serviceDate")
                .contains("status").contains("questionnaire");
        assertThat(stored(good.get("externalId").asText())).isEqualTo(1);
        assertThat(stored(unknownEmployee.get("externalId").asText())).isZero();
    }

    @Test
    void an_unknown_code_is_a_400_naming_the_record_and_field_and_stores_nothing() {
        ObjectNode good = record();
        ObjectNode painting = record().put("serviceType", "PAINTING");
        var answer = post(good, painting);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("[1].serviceType").contains("PAINTING").contains("REPAIR");
        assertThat(stored(good.get("externalId").asText())).isZero();
    }

    @Test
    void a_malformed_date_is_a_400_naming_the_field() {
        var answer = post(record().put("serviceDate", "2026-02-30"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("[0].serviceDate").contains("2026-02-30");
    }

    @Test
    void an_unreachable_callback_without_answers_is_accepted() {
        ObjectNode r = record().put("status", "UNREACHABLE");
        r.remove("answers");
        assertThat(post(r).json().path("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void more_than_5000_records_are_refused_with_413() {
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < 5001; i++) {
            array.add(JSON.createObjectNode().put("externalId", "X" + i));
        }
        var answer = api.post("/api/v1/callbacks", token, array.toString());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("5000").contains("5001");
    }

    @Test
    void malformed_json_and_a_non_array_are_400() {
        var malformed = api.post("/api/v1/callbacks", token, "[{\"externalId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        var object = api.post("/api/v1/callbacks", token, record().toString());
        assertThat(object.status()).isEqualTo(400);
        assertThat(object.detail()).contains("JSON array").doesNotContain("java.");
    }

    @Test
    void a_customer_phone_number_is_refused_not_stored() {
        ObjectNode r = record().put("customerPhone", "13800138000");
        var answer = post(r);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("customerPhone");
        assertThat(stored(r.get("externalId").asText())).isZero();
    }

    @Test
    void an_answer_of_the_wrong_type_is_a_400_naming_the_field() {
        ObjectNode r = record();
        ((ObjectNode) r.get("answers")).put("ATTITUDE", "very good");
        var answer = post(r);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("ATTITUDE");
    }

    @Test
    void a_fractional_answer_is_a_400_naming_the_field_not_truncated() {
        ObjectNode good = record();
        ObjectNode r = record();
        ((ObjectNode) r.get("answers")).put("ATTITUDE", 3.7);
        var answer = post(good, r);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("[1].answers.ATTITUDE").contains("3.7").contains("whole number");
        assertThat(stored(good.get("externalId").asText())).isZero();
        assertThat(stored(r.get("externalId").asText())).isZero();
    }

    @Test
    void an_answer_sent_as_text_is_a_400_naming_the_field_not_converted() {
        ObjectNode r = record();
        ((ObjectNode) r.get("answers")).put("EFFICIENCY", "5");
        var answer = post(r);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("[0].answers.EFFICIENCY").contains("not text");
        assertThat(stored(r.get("externalId").asText())).isZero();
    }

    @Test
    void an_answer_of_5_point_0_is_accepted_as_5() {
        ObjectNode r = record();
        ((ObjectNode) r.get("answers")).put("ATTITUDE", 5.0).put("OVERALL", 9.00);
        var answer = post(r);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForList("select a.answer from satisfaction_answer a join satisfaction_callback c "
                + "on c.id = a.callback_id where c.external_id = ? and a.item_code in ('ATTITUDE', 'OVERALL') "
                + "order by a.item_code", Integer.class, r.get("externalId").asText())).containsExactly(5, 9);
    }

    @Test
    void a_whole_answer_outside_the_scale_rejects_only_its_record_naming_the_item() {
        ObjectNode good = record();
        ObjectNode r = record();
        ((ObjectNode) r.get("answers")).put("OVERALL", 11);
        var answer = post(good, r);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(1);
        assertThat(answer.json().path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(answer.json().path("rejected").get(0).path("errors").get(0).asText()).contains("OVERALL").contains("11");
    }

    @Test
    void the_api_needs_a_token_with_the_callbacks_scope() {
        assertThat(api.post("/api/v1/callbacks", null, "[]").status()).isEqualTo(401);
        String readOnly = TestAccess.asAdmin(() -> tokens.create("bi-" + UUID.randomUUID(),
                List.of(ApiScopes.INDICATORS_READ))).secret();
        var answer = api.post("/api/v1/callbacks", readOnly, "[" + record() + "]");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
    }
}
