package com.evently.ticketing.gateway.correlation;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * W3C trace context at the edge: a request that carries a well-formed {@code traceparent} keeps its trace id
 * and goes on under a new span id of the gateway's; any other request starts a new sampled trace (its
 * {@code tracestate} then belongs to nothing and is dropped). The trace id is returned as {@code X-Trace-Id},
 * so that a caller can quote it next to its {@code X-Request-Id}.
 */
@Component
@Order(WebFilterOrder.TRACE_CONTEXT)
public class TraceContextFilter implements WebFilter {

    public static final String TRACE_ID_HEADER = "X-Trace-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<TraceParent> callers = TraceParent.parse(exchange.getRequest().getHeaders().getFirst(TraceParent.HEADER));
        TraceParent forwarded = callers.map(TraceParent::continuedByNewSpan).orElseGet(TraceParent::startTrace);
        ServerWebExchange traced = exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.set(TraceParent.HEADER, forwarded.header());
                    if (callers.isEmpty()) {
                        headers.remove(TraceParent.STATE_HEADER);
                    }
                }))
                .build();
        traced.getResponse().getHeaders().set(TRACE_ID_HEADER, forwarded.traceId());
        return chain.filter(traced);
    }
}
