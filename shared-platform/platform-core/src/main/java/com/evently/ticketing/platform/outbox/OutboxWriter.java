package com.evently.ticketing.platform.outbox;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Headers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records an integration event in the {@code outbox} table of the caller's own transaction, so the event
 * exists if and only if the change it announces was committed. {@link OutboxRelay} publishes it afterwards.
 * Rows of an event type that {@linkplain EventTypes#carriesSecrets carries secrets} are marked to be deleted as
 * soon as Kafka acknowledged them.
 */
public class OutboxWriter {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;
    private final Runnable afterCommit;
    private final OutboxTraceContext traceContext;

    OutboxWriter(JdbcClient jdbc, JsonMapper json, String source, Clock clock, Runnable afterCommit,
                 OutboxTraceContext traceContext) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.traceContext = traceContext;
    }

    /**
     * The outbox of one aggregate type, named once by the adapter that announces it, so each of its appends
     * names only the event type, the aggregate's id (the Kafka key, which keeps one aggregate's events in
     * order) and the contract.
     */
    public AggregateOutbox forAggregate(String aggregateType) {
        return new AggregateOutbox(Objects.requireNonNull(aggregateType, "aggregateType"));
    }

    public final class AggregateOutbox {

        private final String aggregateType;

        private AggregateOutbox(String aggregateType) {
            this.aggregateType = aggregateType;
        }

        public void append(String eventType, Object aggregateId, Object payload) {
            OutboxWriter.this.append(eventType, aggregateType, aggregateId, payload);
        }
    }

    public void append(String eventType, String aggregateType, Object aggregateId, Object payload) {
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An outbox row must be written in the transaction of the change it announces");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Headers.ID, id.toString());
        headers.put(Headers.TYPE, eventType);
        headers.put(Headers.SOURCE, source);
        headers.put(Headers.TIME, now.toString());
        headers.put(Headers.SPEC_VERSION, Headers.CLOUD_EVENTS_SPEC_VERSION);
        headers.put(Headers.CONTENT_TYPE, Headers.JSON);
        // the relay publishes later, on its own thread: the row remembers which trace it belongs to
        headers.putAll(traceContext.current());
        jdbc.sql("""
                        INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, event_type, payload, headers, occurred_at,
                                            purge_on_publish)
                        VALUES (:id, :topic, :aggregateType, :aggregateId, :eventType,
                                CAST(:payload AS jsonb), CAST(:headers AS jsonb), :occurredAt, :purgeOnPublish)
                        """)
                .param("id", id)
                .param("topic", EventTypes.topicOf(eventType))
                .param("aggregateType", aggregateType)
                .param("aggregateId", aggregateId.toString())
                .param("eventType", eventType)
                .param("payload", json.writeValueAsString(payload))
                .param("headers", json.writeValueAsString(headers))
                .param("occurredAt", Timestamp.from(now))
                .param("purgeOnPublish", EventTypes.carriesSecrets(eventType))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
    }
}
