package com.touchpoint.shared;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * While the database is down, every attempt to borrow a connection waits for the pool's whole connection timeout,
 * and a page that reads several things waits that long for each of them. Once an attempt has failed with the pool
 * holding no connection at all, further attempts in the next {@link #OPEN_FOR} fail at once; after that one attempt
 * waits again, so the application notices the database's return by itself within about that long. While the pool
 * holds connections that are all in use, the database is only busy: a request then waits for a connection up to
 * {@link #BUSY_WAIT}, one connection timeout after the other.
 */
@Component
class FailFastDataSource implements BeanPostProcessor {

    static final Duration OPEN_FOR = Duration.ofSeconds(2);
    /** How long a request waits in all for a connection while every pooled connection is in use. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Guard)) {
            HikariDataSource pool = hikari(dataSource);
            if (pool != null) {
                return new Guard(dataSource, pool);
            }
        }
        return bean;
    }

    private static HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    static final class Guard extends DelegatingDataSource {

        private final HikariDataSource pool;
        private volatile long failedAt;
        private volatile boolean failed;

        Guard(DataSource target, HikariDataSource pool) {
            super(target);
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseWhileKnownDown();
            return remember(() -> super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseWhileKnownDown();
            return remember(() -> super.getConnection(username, password));
        }

        private void refuseWhileKnownDown() throws SQLException {
            if (failed && System.nanoTime() - failedAt < OPEN_FOR.toNanos() && poolIsEmpty()) {
                throw new SQLTransientConnectionException("The database was not reachable a moment ago", "08001");
            }
        }

        private boolean poolIsEmpty() {
            HikariPoolMXBean bean = pool.getHikariPoolMXBean();
            return bean != null && bean.getTotalConnections() == 0;
        }

        private Connection remember(ConnectionSource source) throws SQLException {
            long busySince = System.nanoTime();
            while (true) {
                try {
                    Connection connection = source.get();
                    failed = false;
                    return connection;
                } catch (SQLException e) {
                    if (!DatabaseUnavailable.causedBy(e)) {
                        throw e;
                    }
                    if (poolIsEmpty()) {
                        failedAt = System.nanoTime();
                        failed = true;
                        throw e;
                    }
                    // the pool holds connections and every one is in use: the database is busy, not gone, so the
                    // request waits its turn instead of being told the database cannot be reached
                    if (System.nanoTime() - busySince >= BUSY_WAIT.toNanos()) {
                        throw e;
                    }
                }
            }
        }

        private interface ConnectionSource {
            Connection get() throws SQLException;
        }
    }
}
