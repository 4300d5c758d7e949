package com.evently.ticketing.platform.observability;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The trace of the request that wrote an event reaches its consumers, although the relay publishes it later. */
@ServiceIntegrationTest
class OutboxTracingTest {

    @Autowired
    OutboxWriter outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tracer tracer;
    @Autowired
    TraceRecordingListener listener;

    @Test
    void aConsumerReceivesTheEventUnderTheTraceOfTheTransactionThatWroteIt() {
        UUID userId = UUID.randomUUID();
        Span request = tracer.nextSpan().name("a request").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(request)) {
            transaction.executeWithoutResult(status -> outbox.append(EventTypes.USER_REGISTERED, "User", userId,
                    new UserRegistered(userId, "traced@example.com", "Traced", List.of("USER"), Instant.now())));
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();

        assertThat(storedTraceparentOf(userId)).startsWith("00-" + traceId + "-" + request.context().spanId() + "-");
        String received = await().atMost(Duration.ofSeconds(20))
                .until(() -> listener.traceIdOf(userId.toString()), Optional::isPresent).orElseThrow();
        assertThat(received).isEqualTo(traceId);
    }

    @Test
    void anEventWrittenOutsideAnyTraceStartsItsOwnAtTheRelay() {
        UUID userId = UUID.randomUUID();
        transaction.executeWithoutResult(status -> outbox.append(EventTypes.USER_REGISTERED, "User", userId,
                new UserRegistered(userId, "untraced@example.com", "Untraced", List.of("USER"), Instant.now())));

        assertThat(storedTraceparentOf(userId)).isNull();
        String received = await().atMost(Duration.ofSeconds(20))
                .until(() -> listener.traceIdOf(userId.toString()), Optional::isPresent).orElseThrow();
        assertThat(received).matches("[0-9a-f]{32}");
    }

    private String storedTraceparentOf(UUID aggregateId) {
        return jdbc.sql("SELECT headers ->> 'traceparent' FROM outbox WHERE aggregate_id = :id")
                .param("id", aggregateId.toString()).query((row, n) -> Optional.ofNullable(row.getString(1)))
                .single().orElse(null);
    }
}
