package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.contracts.Headers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** An integration event as a consumer sees it: its CloudEvents attributes and the typed payload. */
public record IncomingEvent<T>(UUID id, String type, String key, Instant time, T payload) {

    /** The {@code ce_type} of a record, or {@code null} when it has none. */
    public static String typeOf(ConsumerRecord<?, ?> record) {
        return header(record, Headers.TYPE);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
