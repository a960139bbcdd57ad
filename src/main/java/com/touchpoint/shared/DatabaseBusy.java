package com.touchpoint.shared;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Recognises a transient conflict in the database: a lock wait that timed out or a transaction chosen as a deadlock
 * victim. The request itself was fine and its transaction was rolled back whole, so the same request is very likely
 * to succeed a moment later; the user is told that instead of being shown an unexpected error. The driver does not
 * always let Spring categorise it (a batched insert arrives as an uncategorised SQL exception), so the error codes
 * are read as well.
 */
public final class DatabaseBusy {

    /** How long an API client is asked to wait before sending the request again. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** MariaDB/MySQL: lock wait timeout exceeded. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    /** MariaDB/MySQL: deadlock found when trying to get lock. */
    private static final int DEADLOCK = 1213;
    /** H2: timeout trying to lock a table or row. */
    private static final int H2_LOCK_TIMEOUT = 50200;
    /** SQL state of a serialization failure, which is how drivers report a deadlock victim. */
    private static final String SERIALIZATION_FAILURE = "40001";

    private DatabaseBusy() {
    }

    /** Whether the failure, or anything it wraps, is a lock wait timeout or a deadlock. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException
                    // optimistic locking failures stay conflicts: the record changed and must be read again
                    || t instanceof TransientDataAccessException && !(t instanceof ConcurrencyFailureException)
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && reports(sql, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is a deadlock: the database rolled the whole transaction back at once, without waiting,
     * so running it again is cheap. A lock wait timeout is not: it has already waited the whole timeout.
     */
    public static boolean deadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && reports(sql, true)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the error codes of the exception and of those chained to it (a batch reports its statement's). */
    private static boolean reports(SQLException first, boolean deadlockOnly) {
        for (SQLException e = first; e != null; e = e.getNextException() == e ? null : e.getNextException()) {
            int code = e.getErrorCode();
            if (code == DEADLOCK || SERIALIZATION_FAILURE.equals(e.getSQLState())
                    || !deadlockOnly && (code == LOCK_WAIT_TIMEOUT || code == H2_LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
