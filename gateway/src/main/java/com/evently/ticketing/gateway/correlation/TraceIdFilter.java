package com.evently.ticketing.gateway.correlation;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Returns the request's trace id as {@code X-Trace-Id}, so that a caller can quote it next to its
 * {@code X-Request-Id}. The trace itself is Micrometer Tracing's, as in every service (platform-tracing): the server
 * observation continues a caller's well-formed W3C {@code traceparent} (keeping its sampled flag and
 * {@code tracestate}) or starts a new trace, and Spring Cloud Gateway's client observation sends {@code traceparent}
 * on to the service under a span of the gateway's.
 */
@Component
@Order(WebFilterOrder.TRACE_ID)
public class TraceIdFilter implements WebFilter {

    public static final String HEADER = "X-Trace-Id";
    private static final String TRACE_ID_KEY = "traceId";
    private static final String SPAN_ID_KEY = "spanId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        spanOf(exchange).ifPresent(span -> exchange.getResponse().getHeaders().set(HEADER, span.traceId()));
        return chain.filter(exchange);
    }

    /**
     * The span of the server observation that the web handler opened around the whole exchange; it exists whether or
     * not the trace is sampled.
     */
    private static Optional<TraceContext> spanOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(observation -> observation.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(Span::context);
    }

    /** The trace id of a request that went through this filter, read from the answer every view of it shares. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getResponse().getHeaders().getFirst(HEADER);
    }

    /**
     * The log line with the request's trace and span ids ({@code traceId}, {@code spanId}), as every service's lines
     * have them. Reactor does not restore the request's observation on every thread that works for it
     * (spring.reactor.context-propagation is {@code limited}: restoring it at every operator was a fifth of the
     * gateway's CPU per request), so a line about a request names them itself; where they are in the MDC already the
     * line has them, and a second pair would break the JSON line.
     */
    public static LoggingEventBuilder named(LoggingEventBuilder line, ServerWebExchange exchange) {
        if (MDC.get(TRACE_ID_KEY) != null) {
            return line;
        }
        LoggingEventBuilder named = line.addKeyValue(TRACE_ID_KEY, of(exchange));
        return spanOf(exchange).map(span -> named.addKeyValue(SPAN_ID_KEY, span.spanId())).orElse(named);
    }
}
