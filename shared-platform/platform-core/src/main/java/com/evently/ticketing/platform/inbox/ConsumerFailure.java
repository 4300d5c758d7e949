package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.platform.persistence.TransientDatabaseFailures;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.core.JacksonException;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * What a consumer's failure says about the record, which decides what the error handler does with it. The whole
 * cause chain is read, and infrastructure wins over everything else: dead-lettering a record during an outage
 * would lose a ticket or a cancellation, while retrying a poison record only stalls its partition, visibly
 * (consumer failure metric and alert).
 * <ul>
 *   <li>{@link #INFRASTRUCTURE}: the database, the broker or the network is unavailable right now: Spring's
 *   transient, recoverable and resource-failure data-access exceptions (no connection, connection lost, lock or
 *   statement timeout, serialization failure, deadlock), failures to begin or commit a transaction, JDBC's
 *   transient, recoverable and connection exceptions and PostgreSQL SQL states of classes 08 (connection), 53
 *   (insufficient resources), 57P (server shutting down), 40 (rollback: serialization, deadlock), 55P03 (lock not
 *   available) and 57014 (statement timeout), Kafka's retriable exceptions (timeouts included), socket and HTTP
 *   timeouts. Retried without limit with a capped backoff, the listener paused in between.</li>
 *   <li>{@link #DETERMINISTIC}: the record can never be processed as it is: {@link MalformedEventException}
 *   (no event id, unreadable JSON, a payload breaking its contract or schema, which the listeners report this
 *   way), JSON parsing and message conversion failures, deserialization failures. Dead-lettered at once.</li>
 *   <li>{@link #UNEXPECTED}: anything else, typically a bug in the handler or a constraint violation: a few
 *   bounded retries (in case it was a race after all), then dead-lettered.</li>
 * </ul>
 */
public enum ConsumerFailure {

    INFRASTRUCTURE,
    DETERMINISTIC,
    UNEXPECTED;

    private static final String STATEMENT_TIMEOUT = "57014";
    private static final int MAX_CAUSE_DEPTH = 32;

    /** The label value this kind has on the consumer metrics. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConsumerFailure of(Throwable failure) {
        boolean deterministic = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.size() < MAX_CAUSE_DEPTH && seen.add(cause);
             cause = cause.getCause()) {
            if (isInfrastructure(cause)) {
                return INFRASTRUCTURE;
            }
            deterministic |= isDeterministic(cause);
        }
        return deterministic ? DETERMINISTIC : UNEXPECTED;
    }

    private static boolean isInfrastructure(Throwable failure) {
        return switch (failure) {
            case TransientDataAccessException ignored -> true;
            case RecoverableDataAccessException ignored -> true;
            case DataAccessResourceFailureException ignored -> true;
            case CannotCreateTransactionException ignored -> true;
            case TransactionSystemException ignored -> true;
            case TransactionTimedOutException ignored -> true;
            case SQLTransientException ignored -> true;
            case SQLRecoverableException ignored -> true;
            case SQLNonTransientConnectionException ignored -> true;
            case SQLException sql -> isTransientSqlState(sql.getSQLState());
            case RetriableException ignored -> true;
            case SocketException ignored -> true;
            case SocketTimeoutException ignored -> true;
            case HttpTimeoutException ignored -> true;
            case ResourceAccessException ignored -> true;
            default -> false;
        };
    }

    private static boolean isTransientSqlState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || STATEMENT_TIMEOUT.equals(state) || TransientDatabaseFailures.isContention(state));
    }

    private static boolean isDeterministic(Throwable failure) {
        return failure instanceof MalformedEventException || failure instanceof JacksonException
                || failure instanceof DeserializationException || failure instanceof MessageConversionException;
    }
}
