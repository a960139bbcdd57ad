package com.touchpoint.shared;

import com.touchpoint.TouchpointTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A busy pool is not a database that went away: a request waits its turn past one connection timeout. */
@TouchpointTest
class FailFastDataSourceTests {

    @Autowired
    DataSource dataSource;

    @Test
    void a_request_waits_its_turn_while_every_pooled_connection_is_in_use() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long timeout = pool.getConnectionTimeout();
        List<Connection> held = new ArrayList<>();
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            held.add(dataSource.getConnection());
        }
        var release = Executors.newSingleThreadScheduledExecutor();
        try {
            // released only after more than one connection timeout, which used to answer "database not reachable"
            release.schedule(() -> held.forEach(FailFastDataSourceTests::close), timeout + 1_500, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(timeout));
        } finally {
            release.shutdown();
            release.awaitTermination(30, TimeUnit.SECONDS);
            held.forEach(FailFastDataSourceTests::close);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
