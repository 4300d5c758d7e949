package com.evently.ticketing.gateway.correlation;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the caller's own if it is a plain token, a new one otherwise.
 * It is passed to the service and returned to the caller, so one id ties together the caller's report, the
 * gateway's log and the service's log. Runs first so that even a 401 carries it.
 */
@Component
@Order(WebFilterOrder.REQUEST_ID)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";

    // A caller-chosen id ends up in logs and downstream headers: only short, harmless characters are trusted.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = acceptedOrNew(exchange.getRequest().getHeaders().getFirst(HEADER));
        ServerWebExchange identified = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, requestId)))
                .build();
        identified.getResponse().getHeaders().set(HEADER, requestId);
        return chain.filter(identified);
    }

    /**
     * The id of a request that went through this filter. Read from the response, which every view of the
     * exchange shares, because error handlers see the exchange as it was before this filter mutated it.
     */
    public static String of(ServerWebExchange exchange) {
        return exchange.getResponse().getHeaders().getFirst(HEADER);
    }

    private static String acceptedOrNew(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
