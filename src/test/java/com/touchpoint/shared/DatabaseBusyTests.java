package com.touchpoint.shared;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseBusyTests {

    private static final SQLException LOCK_WAIT = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
    private static final SQLException DEADLOCK = new SQLTransactionRollbackException("Deadlock found", "40001", 1213);

    @Test
    void a_lock_wait_timeout_is_busy_also_when_spring_could_not_categorise_it_but_not_a_deadlock() {
        var batch = new BatchUpdateException("batch failed", "HY000", 1205, new int[0], LOCK_WAIT);
        var uncategorised = new UncategorizedSQLException("insert", "insert into x", batch);
        assertThat(DatabaseBusy.causedBy(uncategorised)).isTrue();
        assertThat(DatabaseBusy.causedBy(new CannotAcquireLockException("lock", LOCK_WAIT))).isTrue();
        assertThat(DatabaseBusy.deadlock(uncategorised)).isFalse();
    }

    @Test
    void a_deadlock_is_busy_and_a_deadlock() {
        var translated = new PessimisticLockingFailureException("deadlock", DEADLOCK);
        var batch = new BatchUpdateException("batch failed", "HY000", 0, new int[0]);
        batch.setNextException(new SQLException("Deadlock found", "40001", 1213));
        assertThat(DatabaseBusy.causedBy(translated)).isTrue();
        assertThat(DatabaseBusy.deadlock(translated)).isTrue();
        assertThat(DatabaseBusy.deadlock(new RuntimeException(batch))).isTrue();
    }

    @Test
    void a_stale_record_an_outage_or_a_bug_is_not_busy() {
        assertThat(DatabaseBusy.causedBy(new OptimisticLockingFailureException("changed meanwhile"))).isFalse();
        assertThat(DatabaseBusy.causedBy(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("Connection is not available", "08000")))).isFalse();
        assertThat(DatabaseBusy.causedBy(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
        assertThat(DatabaseBusy.causedBy(new IllegalStateException("bug"))).isFalse();
    }
}
