package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.contracts.Headers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs a consumer's handler at most once per event id: the id is recorded in the {@code inbox} table in the
 * same transaction as the handler's own changes, so a redelivered event (same {@code ce_id}) changes nothing
 * and a crash before commit leaves neither the change nor the record behind.
 */
public class IdempotentConsumer {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    IdempotentConsumer(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    public <T> InboxOutcome consume(String consumerName, ConsumerRecord<String, String> record, Class<T> payloadType,
                                    Consumer<IncomingEvent<T>> handler) {
        IncomingEvent<T> event = parse(record, payloadType);
        return transaction.execute(status -> {
            // the primary key (consumer, event_id) makes a second delivery insert nothing
            int inserted = jdbc.sql("""
                            INSERT INTO inbox (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("consumer", consumerName)
                    .param("id", event.id())
                    .param("type", event.type())
                    .update();
            if (inserted == 0) {
                return InboxOutcome.DUPLICATE;
            }
            handler.accept(event);
            return InboxOutcome.PROCESSED;
        });
    }

    /**
     * For a handler whose own writes already recognise a redelivered event, because they are keyed by its id (a unique
     * key on it, {@code ON CONFLICT DO NOTHING}): parsed and run in one transaction as by {@link #consume}, but not
     * recorded in the inbox, which would cost an insert per event, and its purge later, for nothing.
     */
    public <T> void consumeKeyedByEventId(ConsumerRecord<String, String> record, Class<T> payloadType,
                                          Consumer<IncomingEvent<T>> handler) {
        IncomingEvent<T> event = parse(record, payloadType);
        transaction.executeWithoutResult(status -> handler.accept(event));
    }

    private <T> IncomingEvent<T> parse(ConsumerRecord<String, String> record, Class<T> payloadType) {
        String id = IncomingEvent.header(record, Headers.ID);
        if (id == null) {
            throw new MalformedEventException("Record without " + Headers.ID + " at " + position(record), null);
        }
        try {
            String time = IncomingEvent.header(record, Headers.TIME);
            T payload = json.readValue(record.value(), payloadType);
            if (payload == null) {
                throw new MalformedEventException("Empty payload at " + position(record), null);
            }
            return new IncomingEvent<>(UUID.fromString(id), IncomingEvent.typeOf(record), record.key(),
                    time == null ? null : Instant.parse(time), payload);
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("Unreadable event " + id + " at " + position(record), e);
        }
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
