package com.evently.ticketing.gateway.accesslog;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import com.evently.ticketing.gateway.correlation.RequestIdFilter;
import com.evently.ticketing.gateway.correlation.TraceIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One line per request on the logger {@value #LOGGER}, like every service's: method, the gateway route that
 * served it (the service's own line names the path template), status, duration, the caller's user or client id,
 * request id and trace id; never the raw path, the query, headers or bodies. It runs right after the request id
 * and trace id are set and before Spring Security, so that refusals are logged too; the actuator's probes
 * and scrapes are left out.
 */
@Component
@Order(WebFilterOrder.ACCESS_LOG)
public class AccessLogFilter implements WebFilter {

    public static final String LOGGER = "access";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final String UNMATCHED_ROUTE = "UNMATCHED";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/actuator")) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        AtomicBoolean written = new AtomicBoolean();
        // When the answer's headers go out its status is final, also when an error handler writes it after the
        // chain failed; the duration is thus the time to the answer's first byte.
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> {
            if (written.compareAndSet(false, true)) {
                write(exchange, started);
            }
        }));
        return chain.filter(exchange).doFinally(signal -> {
            // an answer never committed (the caller went away) is logged with the status it had reached
            if (signal == SignalType.CANCEL && !exchange.getResponse().isCommitted()
                    && written.compareAndSet(false, true)) {
                write(exchange, started);
            }
        });
    }

    private static void write(ServerWebExchange exchange, long started) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String method = exchange.getRequest().getMethod().name();
        String route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR) instanceof Route matched
                ? matched.getId() : UNMATCHED_ROUTE;
        HttpStatusCode statusCode = exchange.getResponse().getStatusCode();
        int status = statusCode == null ? 200 : statusCode.value();
        RequestCaller caller = RequestCaller.of(exchange);
        LoggingEventBuilder line = log.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", millis);
        // absent rather than null, so that a query for the field finds only lines that have it
        if (caller.userId() != null) {
            line = line.addKeyValue("userId", caller.userId());
        }
        if (caller.clientId() != null) {
            line = line.addKeyValue("clientId", caller.clientId());
        }
        TraceIdFilter.named(line, exchange).addKeyValue("requestId", RequestIdFilter.of(exchange))
                .log("{} {} {} {} ms", method, route, status, millis);
    }
}
