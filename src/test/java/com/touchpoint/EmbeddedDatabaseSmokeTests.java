package com.touchpoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The zero-setup default: the app boots on an H2 file database in the data directory and migrates it. */
class EmbeddedDatabaseSmokeTests {

    @TempDir
    Path dataDir;

    /**
     * Each application start installs its own security-context strategy globally; restore the one the
     * shared test context uses, or later tests would lose their signed-in user.
     */
    private org.springframework.security.core.context.SecurityContextHolderStrategy strategyBefore;

    @org.junit.jupiter.api.BeforeEach
    void rememberSecurityStrategy() {
        strategyBefore = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    }

    @org.junit.jupiter.api.AfterEach
    void restoreSecurityStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    private ConfigurableApplicationContext start(Path dir, boolean demoData) {
        return SpringApplication.run(Application.class, "--server.port=0", "--touchpoint.data-dir=" + dir,
                "--touchpoint.demo-data.enabled=" + demoData, "--spring.main.banner-mode=off");
    }

    private static int count(ConfigurableApplicationContext app, String sql) {
        return app.getBean(JdbcTemplate.class).queryForObject(sql, Integer.class);
    }

    @Test
    void boots_on_h2_migrates_and_creates_demo_data_exactly_once() throws Exception {
        try (var app = start(dataDir, true)) {
            assertThat(app.getBean(JdbcTemplate.class).getDataSource().getConnection().getMetaData().getURL())
                    .startsWith("jdbc:h2:file:");
            assertThat(count(app, "select count(*) from flyway_schema_history where success = true and version in ('1', '2')")).isEqualTo(2);
            assertThat(count(app, "select count(*) from staff_staff")).isEqualTo(120);
            assertThat(count(app, "select count(*) from staff_org_unit where kind = 'TEAM'")).isEqualTo(12);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("touchpoint"));
        try (var restarted = start(dataDir, true)) {
            assertThat(count(restarted, "select count(*) from staff_staff")).isEqualTo(120);
            assertThat(count(restarted, "select count(*) from staff_user_account where username = 'staff1'")).isEqualTo(1);
        }
    }

    @Test
    void creates_no_demo_data_when_disabled() {
        try (var app = start(dataDir.resolve("empty"), false)) {
            assertThat(count(app, "select count(*) from staff_staff")).isZero();
            assertThat(count(app, "select count(*) from demo_data_applied")).isZero();
        }
    }
}
