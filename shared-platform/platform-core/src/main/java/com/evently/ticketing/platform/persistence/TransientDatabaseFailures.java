package com.evently.ticketing.platform.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Failures after which the same transaction, started again, can succeed: PostgreSQL aborted it because of
 * what concurrent transactions did, not because of what it asked for. Recognised by SQLSTATE, because
 * Spring's exception translation does not give lock timeouts a type of their own.
 */
public final class TransientDatabaseFailures {

    private static final Set<String> RETRYABLE_SQL_STATES = Set.of(
            "40P01", // deadlock_detected
            "40001", // serialization_failure
            "55P03"); // lock_not_available (lock_timeout elapsed)

    /**
     * Whether PostgreSQL aborted a transaction with this SQLSTATE because of concurrent ones. Null (the pool's
     * own timeout carries none) is not: Set.of refuses to look it up.
     */
    public static boolean isContention(String sqlState) {
        return sqlState != null && RETRYABLE_SQL_STATES.contains(sqlState);
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isContention(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private TransientDatabaseFailures() {
    }
}
