package com.evently.ticketing.platform.inbox;

import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.core.exc.StreamReadException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerFailureTest {

    @Test
    void databaseAndBrokerOutagesAreInfrastructureHoweverDeeplyWrapped() {
        assertThat(ConsumerFailure.of(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("pool timed out")))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new TransientDataAccessResourceException("connection reset"))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new CannotCreateTransactionException("could not open JDBC connection",
                new ConnectException("Connection refused")))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new QueryTimeoutException("statement timeout"))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new CannotAcquireLockException("lock timeout"))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new TimeoutException("broker did not answer"))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("handler", new NetworkException("disconnected"))))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
    }

    @Test
    void postgresStatesOfOutagesAreInfrastructureEvenWhenUntranslated() {
        assertThat(ConsumerFailure.of(new UncategorizedSQLException("insert", "INSERT ...",
                new SQLException("terminating connection due to administrator command", "57P01"))))
                .isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new SQLException("too many connections", "53300"))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new SQLException("connection failure", "08006"))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
        assertThat(ConsumerFailure.of(new SQLException("unique violation", "23505"))).isEqualTo(ConsumerFailure.UNEXPECTED);
    }

    @Test
    void recordsThatCanNeverBeProcessedAreDeterministic() {
        assertThat(ConsumerFailure.of(new MalformedEventException("no ce_id", null))).isEqualTo(ConsumerFailure.DETERMINISTIC);
        assertThat(ConsumerFailure.of(new ListenerExecutionFailedException("listener failed",
                new MalformedEventException("breaks its contract", new IllegalArgumentException("quantity 0")))))
                .isEqualTo(ConsumerFailure.DETERMINISTIC);
        assertThat(ConsumerFailure.of(new StreamReadException(null, "unexpected character"))).isEqualTo(ConsumerFailure.DETERMINISTIC);
    }

    @Test
    void anOutageBehindAMalformedLookingFailureIsStillRetried() {
        assertThat(ConsumerFailure.of(new MalformedEventException("looked unreadable",
                new CannotGetJdbcConnectionException("no connection")))).isEqualTo(ConsumerFailure.INFRASTRUCTURE);
    }

    @Test
    void bugsAndConstraintViolationsAreUnexpected() {
        assertThat(ConsumerFailure.of(new IllegalStateException("bug"))).isEqualTo(ConsumerFailure.UNEXPECTED);
        assertThat(ConsumerFailure.of(new NullPointerException())).isEqualTo(ConsumerFailure.UNEXPECTED);
        assertThat(ConsumerFailure.of(new DataIntegrityViolationException("not-null violated"))).isEqualTo(ConsumerFailure.UNEXPECTED);
    }
}
