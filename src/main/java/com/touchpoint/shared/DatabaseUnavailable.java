package com.touchpoint.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means the database could not be reached (no connection within the pool's timeout,
 * or a connection lost mid-request), as opposed to a fault in the request itself. Such a request changed nothing
 * (its transaction never committed) and can simply be repeated once the database is back, so the user is told
 * that instead of being shown an unexpected error.
 */
public final class DatabaseUnavailable {

    /** How long an API client is asked to wait before sending the request again. */
    public static final String RETRY_AFTER_SECONDS = "10";

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or anything it wraps, says that the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // A commit or rollback that fails in JDBC: the connection was lost under the transaction (the pool then
            // reports a plain "Connection is closed", and the failure that closed it is only logged).
            if ((t instanceof org.hibernate.TransactionException
                    || t instanceof org.springframework.transaction.TransactionSystemException)
                    && t.getCause() instanceof SQLException) {
                return true;
            }
            // SQL state class 08 is "connection exception" in every driver.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The API's answer (503) while the database cannot be reached: no exception, no SQL. */
    public static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is not reachable at the moment, so this request stored and read nothing. "
                        + "Send the same request again in a minute.");
        problem.setTitle("Database unavailable");
        return problem;
    }
}
