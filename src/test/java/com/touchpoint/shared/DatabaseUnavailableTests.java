package com.touchpoint.shared;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTests {

    @Test
    void no_connection_from_the_pool_means_the_database_is_unavailable() {
        var noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08000"));
        assertThat(DatabaseUnavailable.causedBy(noConnection)).isTrue();
    }

    @Test
    void a_connection_lost_in_a_statement_or_under_a_rollback_means_the_database_is_unavailable() {
        var lostInStatement = new IllegalStateException(new SQLNonTransientConnectionException("Socket error", "08000"));
        var lostUnderRollback = new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        var byState = new RuntimeException(new SQLException("Communications link failure", "08S01"));
        assertThat(DatabaseUnavailable.causedBy(lostInStatement)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(lostUnderRollback)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(byState)).isTrue();
    }

    @Test
    void a_refused_statement_or_an_ordinary_bug_is_not_an_outage() {
        var duplicate = new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        var lockWait = new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205));
        assertThat(DatabaseUnavailable.causedBy(duplicate)).isFalse();
        assertThat(DatabaseUnavailable.causedBy(lockWait)).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    }

    @Test
    void the_api_answer_names_no_exception_and_asks_to_send_again() {
        var problem = DatabaseUnavailable.problem();
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("Database unavailable");
        assertThat(problem.getDetail()).contains("not reachable", "again").doesNotContain("Exception", "SQL");
    }
}
