package com.evently.ticketing.platform.observability;

import com.evently.ticketing.contracts.Topics;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A consumer of the platform tests' context, in a group of its own, that notes under which trace it received
 * each record (by key): the trace the listener container's observation made current, as a service's listener
 * and everything it logs would see it.
 */
@Component
class TraceRecordingListener {

    private final Tracer tracer;
    private final Map<String, String> traceIdsByKey = new ConcurrentHashMap<>();

    TraceRecordingListener(Tracer tracer) {
        this.tracer = tracer;
    }

    @KafkaListener(topics = Topics.IDENTITY_EVENTS, groupId = "${spring.kafka.consumer.group-id}-trace-recording")
    void receive(ConsumerRecord<String, String> record) {
        Span current = tracer.currentSpan();
        if (record.key() != null) {
            traceIdsByKey.put(record.key(), current == null ? "none" : current.context().traceId());
        }
    }

    Optional<String> traceIdOf(String key) {
        return Optional.ofNullable(traceIdsByKey.get(key));
    }
}
