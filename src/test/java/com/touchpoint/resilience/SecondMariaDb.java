package com.touchpoint.resilience;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own, so that it can be stopped and started while the application uses it without
 * touching the shared server the other tests use: Debian's {@code mariadbd}, a data directory, socket and pid file
 * under {@code target/}, a free TCP port on 127.0.0.1, user root without a password. Tests that need it skip when
 * the binaries are missing.
 */
final class SecondMariaDb implements AutoCloseable {

    static final Path SERVER = Path.of(System.getProperty("touchpoint.mariadbd", "/usr/sbin/mariadbd"));
    static final Path INSTALL_DB = Path.of(System.getProperty("touchpoint.mariadb-install-db", "/usr/bin/mariadb-install-db"));

    private final Path home;
    private final Path data;
    private final int port;
    private Process process;

    private SecondMariaDb(Path home, int port) {
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
    }

    /** Skips the calling test unless both binaries are installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(SERVER), SERVER + " is not installed (apt-get install mariadb-server)");
        Assumptions.assumeTrue(Files.isExecutable(INSTALL_DB), INSTALL_DB + " is not installed (apt-get install mariadb-server)");
    }

    /** Creates a fresh data directory under {@code target/<name>} and starts the server on a free port. */
    static SecondMariaDb initialise(String name) throws Exception {
        assumeInstalled();
        Path home = Path.of("target", name).toAbsolutePath();
        deleteRecursively(home);
        Files.createDirectories(home);
        var server = new SecondMariaDb(home, freePort());
        server.run(List.of(INSTALL_DB.toString(), "--no-defaults", "--user=" + System.getProperty("user.name"),
                "--datadir=" + server.data, "--auth-root-authentication-method=normal", "--skip-test-db"),
                home.resolve("install-db.log"), Duration.ofMinutes(2));
        server.start();
        return server;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "root", "");
    }

    /** Starts the server and returns once it accepts connections. */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--user=" + System.getProperty("user.name"), "--datadir=" + data, "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + home.resolve("mariadb.sock"),
                "--pid-file=" + home.resolve("mariadb.pid"), "--skip-log-bin", "--skip-name-resolve",
                "--innodb-buffer-pool-size=128M", "--innodb-flush-log-at-trx-commit=2",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--log-error=" + home.resolve("error.log")));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile())).start();
        awaitAccepting(Duration.ofMinutes(1));
    }

    /** Polls until a connection succeeds; fails if the server dies or takes longer than {@code limit}. */
    void awaitAccepting(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Connection c = connect("mysql")) {
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("mariadbd exited with " + process.exitValue() + "; see " + home);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("mariadbd did not accept connections within " + limit, notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    /** Starts the server again if an earlier step left it stopped. */
    void ensureRunning() throws Exception {
        if (process == null || !process.isAlive()) {
            start();
        }
    }

    /** A clean shutdown (SIGTERM): the server closes every connection and rolls back what was not committed. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("mariadbd did not stop within 60 s");
        }
    }

    /** A crash (SIGKILL): whatever was not committed is rolled back by InnoDB's recovery at the next start. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private void run(List<String> command, Path log, Duration limit) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed; see " + log);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
