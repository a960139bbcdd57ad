package com.touchpoint.resilience;

import com.touchpoint.ApiClient;
import com.touchpoint.KaribuTest;
import com.touchpoint.TestDatabase;
import com.touchpoint.TouchpointTest;
import com.touchpoint.layout.ErrorView;
import com.touchpoint.layout.NotFoundView;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

/**
 * A request that waits for a row another transaction holds, until MariaDB's lock wait timeout ends it, was rolled
 * back whole and may simply be sent again: the API answers 503 problem+json with Retry-After and pages and actions
 * say that the database was busy, without an exception, SQL or error id. The test holds a staff member's row
 * {@code FOR UPDATE} on a connection of its own, and every connection of the application's pool waits one second for
 * a lock while it runs (MariaDB's default is 50 s; the session setting is put back afterwards).
 */
class LockWaitTimeoutTests extends KaribuTest {

    private static final String STAFF_BODY = """
            {"name":"锁等待","post":"SHOP_SALES","teamCode":"T-WEST-1","hireDate":"2023-04-01","active":true}""";

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    ApiClient api;
    String employeeNo;
    Connection holder;

    @BeforeEach
    void setUp() throws SQLException {
        onEveryPooledConnection("SET SESSION innodb_lock_wait_timeout = 1");
        api = new ApiClient(port);
        employeeNo = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-EAST-3");
        holder = DriverManager.getConnection(TestDatabase.url(), TestDatabase.USER, TestDatabase.PASSWORD);
        holder.setAutoCommit(false);
    }

    @AfterEach
    void releaseTheRow() throws SQLException {
        try {
            holder.rollback();
            holder.close();
        } finally {
            onEveryPooledConnection("SET SESSION innodb_lock_wait_timeout = DEFAULT");
        }
    }

    /** Borrows all the pool's connections at once, so that each of them runs the statement. */
    private void onEveryPooledConnection(String sql) throws SQLException {
        int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                Connection c = dataSource.getConnection();
                borrowed.add(c);
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            }
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }

    private void holdTheStaffRow() throws SQLException {
        try (PreparedStatement ps = holder.prepareStatement(
                "select id from staff_staff where employee_no = ? for update")) {
            ps.setString(1, employeeNo);
            ps.executeQuery().close();
        }
    }

    private String delivery(String externalId) {
        return "[{\"externalId\":\"" + externalId + "\",\"employeeNo\":\"" + employeeNo + "\","
                + "\"serviceDate\":\"2026-10-03\",\"callbackDate\":\"2026-10-05\",\"serviceType\":\"REPAIR\",\"channel\":\"ONSITE\","
                + "\"customerSegment\":\"MASS\",\"status\":\"COMPLETED\",\"questionnaire\":\"STANDARD-2026\","
                + "\"answers\":{\"ATTITUDE\":5,\"EFFICIENCY\":4,\"PROFESSIONAL\":5,\"PROMISE\":3,\"RESOLUTION\":4,"
                + "\"OVERALL\":9}}]";
    }

    private static void assertBusy(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.retryAfter()).isEqualTo("5");
        assertThat(answer.json().path("title").asText()).isEqualTo("Database busy");
        assertThat(answer.detail()).isEqualTo("The database was busy with a simultaneous change to the same records, "
                + "so this request was rolled back and stored nothing. Send the same request again in a few seconds.");
        assertThat(answer.body()).doesNotContain("Exception", "exception", "SQL", "sql", "select", "insert", "update",
                "Lock wait", "1205", "jdbc", "Hikari", "trace");
    }

    @Test
    void a_callback_delivery_that_times_out_on_a_lock_answers_503_and_sending_it_again_stores_it() throws Exception {
        String externalId = CallbackFixtures.externalId();
        // a first delivery, so that the timing below is the lock wait and not the first request's warm-up
        assertThat(api.post("/api/v1/callbacks", TouchpointTest.BOOTSTRAP_TOKEN, delivery(CallbackFixtures.externalId()))
                .status()).isEqualTo(200);
        holdTheStaffRow();
        long t = System.nanoTime();
        var answer = api.post("/api/v1/callbacks", TouchpointTest.BOOTSTRAP_TOKEN, delivery(externalId));
        long waited = (System.nanoTime() - t) / 1_000_000;
        assertBusy(answer);
        // not run again: a second wait for the same lock would only double the time to answer
        assertThat(waited).isLessThan(1_900);
        assertThat(stored(externalId)).isZero();

        holder.rollback();
        var again = api.post("/api/v1/callbacks", TouchpointTest.BOOTSTRAP_TOKEN, delivery(externalId));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("accepted").asInt()).isEqualTo(1);
        assertThat(again.json().path("duplicates").asInt()).isZero();
        assertThat(stored(externalId)).isEqualTo(1);
        System.out.printf("BUSY callback delivery answered 503 after %d ms (lock wait timeout 1 s)%n", waited);
    }

    private int stored(String externalId) {
        return jdbc.queryForObject("select count(*) from satisfaction_callback where external_id = ?", Integer.class,
                externalId);
    }

    @Test
    void a_staff_update_that_times_out_on_a_lock_answers_503_and_sending_it_again_stores_it() throws Exception {
        // a first update, so that the timing below is the lock wait and not the first request's warm-up
        assertThat(api.put("/api/v1/staff/" + employeeNo, TouchpointTest.BOOTSTRAP_TOKEN,
                STAFF_BODY.replace("锁等待", "测试员工")).status()).isEqualTo(200);
        holdTheStaffRow();
        long t = System.nanoTime();
        var answer = api.put("/api/v1/staff/" + employeeNo, TouchpointTest.BOOTSTRAP_TOKEN, STAFF_BODY);
        long waited = (System.nanoTime() - t) / 1_000_000;
        assertBusy(answer);
        assertThat(name()).isEqualTo("测试员工");

        holder.rollback();
        var again = api.put("/api/v1/staff/" + employeeNo, TouchpointTest.BOOTSTRAP_TOKEN, STAFF_BODY);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(name()).isEqualTo("锁等待");
        System.out.printf("BUSY staff update answered 503 after %d ms (lock wait timeout 1 s)%n", waited);
    }

    private String name() {
        return jdbc.queryForObject("select name from staff_staff where employee_no = ?", String.class, employeeNo);
    }

    @Test
    void a_page_that_times_out_on_a_lock_says_the_database_is_busy_in_chinese_and_in_english() throws Exception {
        holdTheStaffRow();
        openWithErrorViews("supervisor1", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("test/failure/locked", QueryParameters.of("employeeNo", employeeNo));
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("数据库正忙于处理对相同记录的另一项修改，此页面无法显示，未做任何更改。请几秒钟后刷新页面。");
        assertThat(_find(Paragraph.class, spec -> spec.withId("error-id"))).as("no error id: nothing to report").isEmpty();
        assertThat(pageText()).contains("数据库繁忙").doesNotContain("Exception", "SQL", "Lock wait", "java.");

        openWithErrorViews("staff1", Locale.ENGLISH);
        UI.getCurrent().navigate("test/failure/locked", QueryParameters.of("employeeNo", employeeNo));
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("Touchpoint's database was busy with another change to the same records, so this page "
                        + "could not be shown. Nothing was changed. Reload the page in a few seconds.");
        assertThat(pageText()).contains("The database is busy").doesNotContain("Exception", "SQL", "Lock wait");
    }

    @Test
    void an_action_that_times_out_on_a_lock_shows_a_notice_saying_the_database_was_busy() throws Exception {
        holdTheStaffRow();
        RuntimeException failure = catchRuntimeException(() -> TestAccess.asAdmin(() -> directory.save(
                new StaffChange(employeeNo, "锁等待", "SHOP_SALES", "T-WEST-1", LocalDate.of(2023, 4, 1), true))));
        assertThat(failure).as("the save waited for the held row and gave up").isNotNull();

        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            login("hr1", locale);
            // what Vaadin does with a failure in a click or another event of the page
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
            assertThat(getNotifications()).singleElement().extracting(n -> n.getElement().getProperty("text"))
                    .isEqualTo(locale == Locale.ENGLISH
                            ? "The database was busy with another change to the same records, so the action was not "
                            + "completed and nothing was changed. Try again in a few seconds."
                            : "数据库正忙于处理对相同记录的另一项修改，操作未完成，未做任何更改。请几秒钟后重试。");
            getNotifications().forEach(Notification::close);
        }
    }

    private void openWithErrorViews(String username, Locale locale) {
        login(username, locale);
        ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext())
                .setErrorNavigationTargets(Set.of(ErrorView.class, NotFoundView.class));
    }

    private static String pageText() {
        return _get(ErrorView.class).getElement().getTextRecursively();
    }
}
