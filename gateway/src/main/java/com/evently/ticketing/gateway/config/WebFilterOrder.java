package com.evently.ticketing.gateway.config;

import org.springframework.core.Ordered;

/**
 * The order in which the gateway's own web filters see a request, in one place because each step relies on
 * the ones before it. Routing to a service comes after all of them.
 */
public final class WebFilterOrder {

    /** First, so that every answer, even a refusal by a later filter, carries the request's id. */
    public static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE;

    /** Right after the request id, for the same reason: the trace id goes back with every answer. */
    public static final int TRACE_ID = REQUEST_ID + 1;

    /** After the ids it logs, before Spring Security, so that its refusals are logged too. */
    public static final int ACCESS_LOG = TRACE_ID + 1;

    /** Before Spring Security, so that its refusals (401, 403, a rejected path) carry the headers too. */
    public static final int SECURITY_HEADERS = ACCESS_LOG + 1;

    /**
     * After Spring Security's filter chain (order -100, in WebFluxSecurityConfiguration, which is not public):
     * a limit per user needs the caller it authenticated. CORS preflights and requests it refuses (401, 403)
     * are therefore not counted.
     */
    public static final int RATE_LIMIT = -90;

    /** After Spring Security (see {@link #RATE_LIMIT}): notes the caller it authenticated for the access log. */
    public static final int ACCESS_LOG_CALLER = RATE_LIMIT - 1;

    /** After the rate limit, so that a flood of oversize bodies is also cut off by the limit. */
    public static final int REQUEST_SIZE_LIMIT = RATE_LIMIT + 10;

    private WebFilterOrder() {
    }
}
