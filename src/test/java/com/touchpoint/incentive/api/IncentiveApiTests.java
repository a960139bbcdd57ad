package com.touchpoint.incentive.api;

import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.incentive.IncentiveWorkflow;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.TestAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The incentive calls of API.md with their scopes and bad-input answers. */
@TouchpointTest
class IncentiveApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    IncentiveWorkflow workflow;

    ApiClient api;
    String runToken;
    String exportToken;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        runToken = TestAccess.asAdmin(() -> tokens.create("hr-automation-" + UUID.randomUUID(),
                List.of(ApiScopes.INCENTIVES_RUN))).secret();
        exportToken = TestAccess.asAdmin(() -> tokens.create("payroll-" + UUID.randomUUID(),
                List.of(ApiScopes.INCENTIVES_EXPORT))).secret();
    }

    private String runToEnd(String month) {
        ApiClient.Response started = api.post("/api/v1/incentives/" + month + "/runs", runToken, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().path("status").asText()).isEqualTo("RUNNING");
        long id = started.json().path("id").asLong();
        String path = "/api/v1/incentives/" + month + "/runs/" + id;
        await().atMost(Duration.ofSeconds(60)).until(() -> !api.get(path, runToken).json().path("status").asText()
                .equals("RUNNING"));
        ApiClient.Response done = api.get(path, runToken);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("SUCCEEDED");
        assertThat(done.json().path("statements").asInt()).isPositive();
        return path;
    }

    @Test
    void a_token_with_incentives_run_calculates_a_month_and_follows_the_run() {
        String path = runToEnd("2022-07");
        assertThat(api.get(path, exportToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/incentives/2022-08/runs/" + path.substring(path.lastIndexOf('/') + 1), runToken)
                .status()).isEqualTo(404);
    }

    @Test
    void bad_months_and_wrong_scopes_are_refused() {
        for (String month : List.of("2022-13", "2022-7", "july", "2022-00")) {
            ApiClient.Response bad = api.post("/api/v1/incentives/" + month + "/runs", runToken, "");
            assertThat(bad.status()).as(month).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.json().path("detail").asText()).as(month).contains("month");
        }
        ApiClient.Response future = api.post("/api/v1/incentives/" + YearMonth.now().plusMonths(3) + "/runs", runToken, "");
        assertThat(future.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/incentives/2022-09/runs", exportToken, "").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/incentives/2022-09/runs", null, "").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/incentives/2022-09/runs", "not-a-token", "").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/incentives/2022-09/sheet.xlsx", runToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/incentives/1999-01/sheet.xlsx", exportToken).status()).isEqualTo(404);
    }

    @Test
    void a_locked_month_answers_409_and_the_sheet_downloads_in_either_language() throws Exception {
        runToEnd("2022-10");
        TestAccess.as("hr1", () -> workflow.review(YearMonth.of(2022, 10)), "ROLE_HR");
        TestAccess.as("hr2", () -> workflow.approve(YearMonth.of(2022, 10)), "ROLE_HR");
        TestAccess.as("hr2", () -> workflow.lock(YearMonth.of(2022, 10)), "ROLE_HR");
        ApiClient.Response locked = api.post("/api/v1/incentives/2022-10/runs", runToken, "");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.json().path("detail").asText()).contains("2022-10");

        for (String[] lang : new String[][] {{"zh", "奖金明细", "工号"}, {"en", "Statements", "Employee No."}}) {
            HttpResponse<byte[]> sheet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/incentives/2022-10/sheet.xlsx?lang=" + lang[0]))
                    .header("Authorization", "Bearer " + exportToken).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.headers().firstValue("Content-Disposition").orElse("")).contains("incentives-2022-10.xlsx");
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
                assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(lang[1]);
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(lang[2]);
            }
        }
        assertThat(api.get("/api/v1/incentives/2022-10/sheet.xlsx?lang=fr", exportToken).status()).isEqualTo(400);
    }
}
