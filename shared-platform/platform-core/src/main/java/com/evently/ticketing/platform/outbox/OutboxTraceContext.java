package com.evently.ticketing.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries a request's trace across the outbox: the writer keeps the trace context of the transaction that wrote
 * a row among the row's headers ({@code traceparent}, {@code tracestate}, in the W3C format the propagator
 * speaks), and the relay, later and on its own thread, sends the row under a span of that same trace. The
 * consumer's span therefore joins the trace of the request that caused the event, however late the relay runs.
 * Without a tracer (tracing switched off) rows carry no context and are sent as before.
 */
class OutboxTraceContext {

    static final OutboxTraceContext NONE = new OutboxTraceContext(null, null);

    private static final String RELAY_SPAN = "outbox relay";

    private final Tracer tracer;
    private final Propagator propagator;

    OutboxTraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The headers that name the current span, empty outside of any. */
    Map<String, String> current() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return headers;
    }

    /** Runs {@code send} under a new span continuing the trace the row's headers name, if they name one. */
    <T> T sendingUnder(Map<String, String> rowHeaders, Supplier<T> send) {
        if (tracer == null || propagator.fields().stream().noneMatch(rowHeaders::containsKey)) {
            return send.get();
        }
        Span span = propagator.extract(rowHeaders, Map::get).name(RELAY_SPAN).kind(Span.Kind.PRODUCER).start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            return send.get();
        } finally {
            span.end();
        }
    }
}
