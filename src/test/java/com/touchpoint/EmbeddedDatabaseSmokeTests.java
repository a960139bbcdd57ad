package com.touchpoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The zero-setup default: the app boots on an H2 file database in the data directory and migrates it. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseSmokeTests {

    private static final String FIRST_PASSWORD = "Clean-Install#2026";

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
        return start(dir, "--touchpoint.demo-data.enabled=" + demoData);
    }

    /**
     * Starts the application as the packaged jar would start, with these extra arguments. Quartz registers its
     * data source JVM-wide under the scheduler's name, so these apps take their own name: closing them must not
     * close the connections of the shared test context's scheduler.
     */
    private ConfigurableApplicationContext start(Path dir, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--touchpoint.data-dir=" + dir,
                "--spring.main.banner-mode=off", "--spring.quartz.scheduler-name=smokeTestScheduler"));
        args.addAll(List.of(arguments));
        return SpringApplication.run(Application.class, args.toArray(String[]::new));
    }

    private static int count(ConfigurableApplicationContext app, String sql) {
        return app.getBean(JdbcTemplate.class).queryForObject(sql, Integer.class);
    }

    @Test
    void boots_on_h2_migrates_and_creates_demo_data_exactly_once(CapturedOutput output) throws Exception {
        int demoStaff;
        try (var app = start(dataDir, true)) {
            assertThat(app.getBean(JdbcTemplate.class).getDataSource().getConnection().getMetaData().getURL())
                    .startsWith("jdbc:h2:file:");
            assertThat(count(app, "select count(*) from flyway_schema_history where success = true and version in ('1', '2')")).isEqualTo(2);
            demoStaff = count(app, "select count(*) from staff_staff");
            assertThat(demoStaff).isPositive();
            assertThat(count(app, "select count(*) from staff_org_unit where kind = 'TEAM'")).isPositive();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("touchpoint"));
        try (var restarted = start(dataDir, true)) {
            assertThat(count(restarted, "select count(*) from staff_staff")).as("no demo staff added twice")
                    .isEqualTo(demoStaff);
            assertThat(count(restarted, "select count(*) from staff_user_account where username = 'staff1'")).isEqualTo(1);
        }
        assertThat(output.getOut()).as("the demo's admin1 exists before the first-admin check runs")
                .doesNotContain("No administrator account exists");
    }

    @Test
    void creates_no_demo_data_when_disabled() {
        try (var app = start(dataDir.resolve("empty"), false)) {
            assertThat(count(app, "select count(*) from staff_staff")).isZero();
            assertThat(count(app, "select count(*) from demo_data_applied")).isZero();
        }
    }

    @Test
    void a_plain_start_creates_no_demo_organisation_and_no_accounts_and_says_how_to_create_the_first_admin(
            CapturedOutput output) {
        try (var app = start(dataDir.resolve("plain"))) {
            assertThat(count(app, "select count(*) from staff_staff")).isZero();
            assertThat(count(app, "select count(*) from staff_org_unit")).isZero();
            assertThat(count(app, "select count(*) from staff_user_account")).isZero();
            assertThat(count(app, "select count(*) from demo_data_applied")).isZero();
        }
        assertThat(output.getOut()).contains("WARN").contains("No administrator account exists")
                .contains("--touchpoint.admin.initial-password=");
    }

    @Test
    void the_initial_password_creates_one_admin_who_can_sign_in_and_a_restart_changes_nothing(CapturedOutput output) {
        Path dir = dataDir.resolve("first-admin");
        try (var app = start(dir, "--touchpoint.admin.initial-password=" + FIRST_PASSWORD)) {
            assertThat(count(app, "select count(*) from staff_user_account")).isEqualTo(1);
            assertThat(count(app, "select count(*) from staff_staff")).isZero();
            UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin");
            assertThat(admin.isEnabled()).isTrue();
            assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
            assertThat(app.getBean(PasswordEncoder.class).matches(FIRST_PASSWORD, admin.getPassword())).isTrue();
            assertThat(count(app, "select count(*) from audit_log_entry where action = 'CREATE' "
                    + "and entity_type = 'UserAccount' and entity_key = 'admin' and actor = 'system:initial-admin'"))
                    .isEqualTo(1);
        }
        assertThat(output.getOut()).contains("Created the first administrator account 'admin'")
                .doesNotContain(FIRST_PASSWORD);

        try (var restarted = start(dir, "--touchpoint.admin.initial-password=Another-Start-2027",
                "--touchpoint.admin.initial-username=root2")) {
            assertThat(count(restarted, "select count(*) from staff_user_account")).isEqualTo(1);
            UserDetails admin = restarted.getBean(UserDetailsService.class).loadUserByUsername("admin");
            PasswordEncoder encoder = restarted.getBean(PasswordEncoder.class);
            assertThat(encoder.matches(FIRST_PASSWORD, admin.getPassword())).isTrue();
            assertThat(encoder.matches("Another-Start-2027", admin.getPassword())).isFalse();
        }
        assertThat(output.getOut()).contains("touchpoint.admin.initial-password is ignored");
    }

    @Test
    void a_weak_initial_password_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> start(dataDir.resolve("short"), "--touchpoint.admin.initial-password=Short#2026"))
                .rootCause().hasMessage("touchpoint.admin.initial-password must have at least 12 characters");
        assertThatThrownBy(() -> start(dataDir.resolve("name"), "--touchpoint.admin.initial-username=operator",
                "--touchpoint.admin.initial-password=Operator-2026-x"))
                .rootCause().hasMessageContaining("touchpoint.admin.initial-password must not contain the username");
    }
}
