package com.touchpoint.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffImport;
import com.touchpoint.staff.TestAccess;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators' metrics: Prometheus text behind an API token with metrics:read, health public and terse. */
@TouchpointTest
class MetricsEndpointTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROMETHEUS = "/actuator/prometheus";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Scheduler scheduler;
    @Autowired
    MeterRegistry registry;
    @Autowired
    StaffImport staffImport;
    @Autowired
    CallbackFileImport callbackImport;

    @TempDir
    Path folder;

    ApiClient api;

    public static class ProbeJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            // nothing to do: the run itself is what gets timed
        }
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private String tokenWith(String scope) {
        return TestAccess.asAdmin(() -> tokens.create("metrics-test-" + UUID.randomUUID(), List.of(scope))).secret();
    }

    @Test
    void the_scrape_needs_a_token_carrying_metrics_read() {
        ApiClient.Response anonymous = api.get(PROMETHEUS, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.detail()).contains("API token");
        assertThat(anonymous.body()).doesNotContain("jvm_");

        assertThat(api.get(PROMETHEUS, "tp_no-such-token").status()).isEqualTo(401);

        ApiClient.Response withoutScope = api.get(PROMETHEUS, tokenWith(ApiScopes.INDICATORS_READ));
        assertThat(withoutScope.status()).isEqualTo(403);
        assertThat(withoutScope.isProblem()).isTrue();
        assertThat(withoutScope.detail()).contains("scope");

        ApiClient.Response allowed = api.get(PROMETHEUS, tokenWith(ApiScopes.METRICS_READ));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.contentType()).startsWith("text/plain");
        assertThat(allowed.body()).contains("jvm_memory_used_bytes");

        assertThat(api.get(PROMETHEUS, TouchpointTest.BOOTSTRAP_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void metrics_read_can_be_granted_on_the_api_tokens_page() {
        assertThat(ApiScopes.ALL).contains("metrics:read");
    }

    @Test
    void health_stays_public_and_answers_only_the_status() {
        ApiClient.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void the_scrape_shows_the_pool_the_requests_the_callbacks_and_the_job_runs() throws Exception {
        String employeeNo = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-EAST-3");
        double acceptedBefore = callbacks("accepted");
        double rejectedBefore = callbacks("rejected");
        ApiClient.Response posted = api.post("/api/v1/callbacks", TouchpointTest.BOOTSTRAP_TOKEN,
                JSON.createArrayNode().add(callback(employeeNo)).add(callback("NO-SUCH-EMPLOYEE")).toString());
        assertThat(posted.status()).isEqualTo(200);
        assertThat(callbacks("accepted")).isEqualTo(acceptedBefore + 1);
        assertThat(callbacks("rejected")).isEqualTo(rejectedBefore + 1);

        String job = "metrics-probe-" + UUID.randomUUID();
        scheduler.scheduleJob(JobBuilder.newJob(ProbeJob.class).withIdentity(job).build(),
                TriggerBuilder.newTrigger().withIdentity(job).startNow().build());
        String jobLine = "touchpoint_quartz_jobs_seconds_count{group=\"DEFAULT\",name=\"" + job + "\",outcome=\"success\"} 1";

        String token = tokenWith(ApiScopes.METRICS_READ);
        String scrape = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> api.get(PROMETHEUS, token).body(), body -> body.contains(jobLine));
        assertThat(scrape).contains("hikaricp_connections_active{");
        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/callbacks\"");
        assertThat(scrape).contains("touchpoint_callbacks_total{result=\"accepted\"}",
                "touchpoint_callbacks_total{result=\"duplicate\"}", "touchpoint_callbacks_total{result=\"rejected\"}");
    }

    @Test
    void staff_and_callback_file_imports_are_timed() throws Exception {
        long staffBefore = imports("staff");
        long callbacksBefore = imports("callbacks");

        TestAccess.as("hr1", () -> staffImport.importValidRows(staffImport.preview("metrics.csv",
                "工号,姓名,岗位,班组,入职日期,在职\nX1,无岗位,NO-SUCH-POST,T-WEST-1,2024-03-01,是\n"
                        .getBytes(StandardCharsets.UTF_8))), "ROLE_HR");
        Path file = folder.resolve("metrics-callbacks.csv");
        Files.writeString(file, "外部编号,工号,服务日期,回访日期,业务类型,渠道,客户类型,回访状态,服务态度,办理效率,专业能力,"
                + "承诺兑现,问题解决,总体满意度,投诉,客户评价,客户电话\n", StandardCharsets.UTF_8);
        TestAccess.as("quality1", () -> callbackImport.importFile("metrics-callbacks.csv", file, Locale.ENGLISH,
                done -> { }), "ROLE_QUALITY");

        assertThat(imports("staff")).isEqualTo(staffBefore + 1);
        assertThat(imports("callbacks")).isEqualTo(callbacksBefore + 1);
        assertThat(api.get(PROMETHEUS, tokenWith(ApiScopes.METRICS_READ)).body())
                .contains("touchpoint_imports_seconds_count{kind=\"staff\",outcome=\"success\"}",
                        "touchpoint_imports_seconds_count{kind=\"callbacks\",outcome=\"success\"}");
    }

    private double callbacks(String result) {
        return registry.get("touchpoint.callbacks").tag("result", result).counter().count();
    }

    private long imports(String kind) {
        Timer timer = registry.find("touchpoint.imports").tag("kind", kind).tag("outcome", "success").timer();
        return timer == null ? 0 : timer.count();
    }

    private static ObjectNode callback(String employeeNo) {
        LocalDate served = LocalDate.now().minusDays(3);
        ObjectNode r = JSON.createObjectNode();
        r.put("externalId", "CB-METRICS-" + UUID.randomUUID());
        r.put("employeeNo", employeeNo);
        r.put("serviceDate", served.toString());
        r.put("callbackDate", served.plusDays(1).toString());
        r.put("serviceType", "REPAIR");
        r.put("channel", "ONSITE");
        r.put("customerSegment", "MASS");
        r.put("status", "COMPLETED");
        r.put("questionnaire", "STANDARD-2026");
        r.putObject("answers").put("ATTITUDE", 5).put("EFFICIENCY", 4).put("PROFESSIONAL", 5).put("PROMISE", 3)
                .put("RESOLUTION", 4).put("OVERALL", 9);
        r.put("complaint", false);
        return r;
    }
}
