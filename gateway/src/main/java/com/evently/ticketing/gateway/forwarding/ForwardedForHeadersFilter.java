package com.evently.ticketing.gateway.forwarding;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveXForwardedHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who called: {@code X-Forwarded-For} ends with the caller's address as
 * {@link ClientAddressResolver} determined it, and services take that last entry (the same address rate limits
 * are counted under).
 * <p>
 * Spring Cloud Gateway's own X-Forwarded headers filter is left off on purpose: it is only active when
 * {@code spring.cloud.gateway.server.webflux.trusted-proxies} is set, and then, for a request from a trusted
 * proxy, it keeps only the entries that are themselves trusted proxies, so the caller's address would be lost.
 * Without that setting the gateway's {@link RemoveXForwardedHeadersFilter} strips every caller-supplied
 * {@code X-Forwarded-*} header; this filter runs after it. A caller's RFC 7239 {@code Forwarded} header is
 * dropped for the same reason.
 */
@Component
public class ForwardedForHeadersFilter implements HttpHeadersFilter, Ordered {

    private static final String FORWARDED = "Forwarded";

    private final ClientAddressResolver clientAddresses;

    public ForwardedForHeadersFilter(ClientAddressResolver clientAddresses) {
        this.clientAddresses = clientAddresses;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.putAll(input);
        forwarded.remove(FORWARDED);
        forwarded.set(ClientAddressResolver.FORWARDED_FOR, clientAddresses.clientAddress(exchange.getRequest()));
        return forwarded;
    }

    @Override
    public int getOrder() {
        return new RemoveXForwardedHeadersFilter().getOrder() + 1;
    }
}
