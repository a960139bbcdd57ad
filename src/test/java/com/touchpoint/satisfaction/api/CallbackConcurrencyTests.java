package com.touchpoint.satisfaction.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.staff.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Deliveries racing each other with the same external ids, on MariaDB: never a 500, nothing counted twice. */
@TouchpointTest
class CallbackConcurrencyTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = TouchpointTest.BOOTSTRAP_TOKEN;

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;
    String employeeNo;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        employeeNo = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-WEST-3");
    }

    private ObjectNode record(String externalId, String comment) {
        ObjectNode r = JSON.createObjectNode();
        r.put("externalId", externalId);
        r.put("employeeNo", employeeNo);
        r.put("serviceDate", "2026-09-03");
        r.put("callbackDate", "2026-09-04");
        r.put("serviceType", "REPAIR");
        r.put("channel", "ONSITE");
        r.put("customerSegment", "MASS");
        r.put("status", "COMPLETED");
        r.put("questionnaire", "STANDARD-2026");
        r.putObject("answers").put("ATTITUDE", 5).put("OVERALL", 9);
        r.put("complaint", false);
        r.put("comment", comment);
        return r;
    }

    private static String array(List<ObjectNode> records) {
        ArrayNode array = JSON.createArrayNode();
        records.forEach(array::add);
        return array.toString();
    }

    /** Sends every body at the same moment and returns the answers in the same order. */
    private List<ApiClient.Response> atOnce(List<String> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (String body : bodies) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return new ApiClient(port).post("/api/v1/callbacks", TOKEN, body);
                }));
            }
            start.countDown();
            List<ApiClient.Response> answers = new ArrayList<>();
            for (Future<ApiClient.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from satisfaction_callback c join staff_staff s on s.id = c.staff_id "
                + "where s.employee_no = ?", Integer.class, employeeNo);
    }

    private int rolledUpCallbacks() {
        return jdbc.queryForObject("select coalesce(sum(d.attempted), 0) from satisfaction_staff_day d "
                + "join staff_staff s on s.id = d.staff_id where s.employee_no = ?", Integer.class, employeeNo);
    }

    private int rolledUpAnswers(String item) {
        return jdbc.queryForObject("select coalesce(sum(i.answers), 0) from satisfaction_staff_day_item i "
                + "join staff_staff s on s.id = i.staff_id where s.employee_no = ? and i.item_code = ?",
                Integer.class, employeeNo, item);
    }

    private static int sum(List<ApiClient.Response> answers, String field) {
        return answers.stream().mapToInt(a -> a.json().path(field).asInt()).sum();
    }

    private static List<String> rejectedIds(List<ApiClient.Response> answers) {
        return answers.stream().flatMap(a -> a.json().path("rejected").findValuesAsText("externalId").stream()).toList();
    }

    @Test
    void ten_identical_deliveries_at_once_store_one_callback_and_count_nine_duplicates() throws Exception {
        String body = array(List.of(record(CallbackFixtures.externalId(), "同时送达十次")));
        List<ApiClient.Response> answers = atOnce(java.util.Collections.nCopies(10, body));

        assertThat(answers).extracting(ApiClient.Response::status).containsOnly(200);
        assertThat(sum(answers, "accepted")).isEqualTo(1);
        assertThat(sum(answers, "duplicates")).isEqualTo(9);
        assertThat(rejectedIds(answers)).isEmpty();
        assertThat(stored()).isEqualTo(1);
        assertThat(rolledUpCallbacks()).isEqualTo(1);
        assertThat(rolledUpAnswers("ATTITUDE")).isEqualTo(1);
    }

    @Test
    void two_batches_sharing_an_identical_record_store_it_once_and_keep_their_own_records() throws Exception {
        String shared = CallbackFixtures.externalId();
        List<ObjectNode> first = new ArrayList<>();
        List<ObjectNode> second = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.add(record("CB-A-" + UUID.randomUUID(), "第一批"));
            second.add(record("CB-B-" + UUID.randomUUID(), "第二批"));
        }
        first.add(10, record(shared, "两批都有"));
        second.add(5, record(shared, "两批都有"));

        for (int round = 0; round < 3; round++) {
            List<ApiClient.Response> answers = atOnce(List.of(array(first), array(second)));
            assertThat(answers).extracting(ApiClient.Response::status).containsOnly(200);
            if (round == 0) {
                assertThat(sum(answers, "accepted")).isEqualTo(41);
                assertThat(sum(answers, "duplicates")).isEqualTo(1);
            } else {
                assertThat(sum(answers, "accepted")).isZero();
                assertThat(sum(answers, "duplicates")).isEqualTo(42);
            }
            assertThat(rejectedIds(answers)).isEmpty();
        }
        assertThat(stored()).isEqualTo(41);
        assertThat(rolledUpCallbacks()).isEqualTo(41);
        assertThat(rolledUpAnswers("OVERALL")).isEqualTo(41);
        assertThat(jdbc.queryForObject("select count(*) from satisfaction_callback where external_id = ?",
                Integer.class, shared)).isEqualTo(1);
    }

    @Test
    void two_batches_sharing_an_external_id_with_different_content_store_one_and_refuse_the_other() throws Exception {
        for (int round = 1; round <= 5; round++) {
            String shared = CallbackFixtures.externalId();
            List<ObjectNode> first = new ArrayList<>();
            List<ObjectNode> second = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                first.add(record("CB-A-" + UUID.randomUUID(), "第一批"));
                second.add(record("CB-B-" + UUID.randomUUID(), "第二批"));
            }
            first.add(round * 3, record(shared, "第一批的说法"));
            second.add(20 - round * 3, record(shared, "第二批的说法"));

            List<ApiClient.Response> answers = atOnce(List.of(array(first), array(second)));

            assertThat(answers).extracting(ApiClient.Response::status).containsOnly(200);
            assertThat(sum(answers, "accepted")).isEqualTo(41);
            assertThat(sum(answers, "duplicates")).isZero();
            assertThat(rejectedIds(answers)).containsExactly(shared);
            JsonNode loser = answers.stream().map(ApiClient.Response::json)
                    .filter(a -> !a.path("rejected").isEmpty()).findFirst().orElseThrow();
            assertThat(loser.path("accepted").asInt()).isEqualTo(20);
            assertThat(loser.path("rejected").get(0).path("errors").get(0).asText()).contains("conflict");
            boolean firstWon = answers.get(0).json().path("accepted").asInt() == 21;
            assertThat(jdbc.queryForObject("select comment_text from satisfaction_callback where external_id = ?",
                    String.class, shared)).isEqualTo(firstWon ? "第一批的说法" : "第二批的说法");
            assertThat(stored()).isEqualTo(41 * round);
            assertThat(rolledUpCallbacks()).isEqualTo(41 * round);
            assertThat(rolledUpAnswers("ATTITUDE")).isEqualTo(41 * round);
        }
    }
}
