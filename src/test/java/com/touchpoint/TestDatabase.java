package com.touchpoint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One fresh MariaDB database per test run, shared by every Spring test context of the run and
 * dropped when the JVM exits. The server comes from {@code TOUCHPOINT_TEST_DB_URL}
 * (default {@code jdbc:mariadb://127.0.0.1:3306/}), user root with an empty password unless
 * {@code TOUCHPOINT_TEST_DB_USER}/{@code TOUCHPOINT_TEST_DB_PASSWORD} say otherwise. With
 * {@code TOUCHPOINT_BENCHMARK_DB} set (only for the benchmark command, see README) every context uses that existing
 * database instead, say the generated scale data, and leaves it in place.
 */
public final class TestDatabase {

    private static final String SERVER_URL = env("TOUCHPOINT_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String USER = env("TOUCHPOINT_TEST_DB_USER", "root");
    public static final String PASSWORD = env("TOUCHPOINT_TEST_DB_PASSWORD", "");

    /** The existing database the benchmarks run against, or null. */
    public static final String BENCHMARK_DATABASE = System.getenv("TOUCHPOINT_BENCHMARK_DB");

    private static String url;
    private static IllegalStateException failure;

    private TestDatabase() {
    }

    /** The JDBC URL of this run's database, created on first use. */
    public static synchronized String url() {
        if (failure != null) {
            throw failure;
        }
        if (url == null && BENCHMARK_DATABASE != null && !BENCHMARK_DATABASE.isBlank()) {
            url = serverUrlWithDatabase(BENCHMARK_DATABASE.strip());
        }
        if (url == null) {
            String name = "touchpoint_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ThreadLocalRandom.current().nextInt(1000, 9999);
            try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                failure = new IllegalStateException("MariaDB is not reachable at " + SERVER_URL + " as " + USER
                        + " (" + e.getMessage() + "). Start it (see README, 'Running the tests') or point "
                        + "TOUCHPOINT_TEST_DB_URL at a running MariaDB 10.11.", e);
                throw failure;
            }
            url = serverUrlWithDatabase(name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop-test-database"));
        }
        return url;
    }

    static String serverUrlWithDatabase(String name) {
        int query = SERVER_URL.indexOf('?');
        String base = query < 0 ? SERVER_URL : SERVER_URL.substring(0, query);
        String params = query < 0 ? "" : SERVER_URL.substring(query);
        return (base.endsWith("/") ? base : base + "/") + name + params;
    }

    private static void drop(String name) {
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
