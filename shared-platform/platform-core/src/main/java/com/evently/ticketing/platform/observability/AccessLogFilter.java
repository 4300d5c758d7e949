package com.evently.ticketing.platform.observability;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One line per request on the logger {@value #LOGGER}: method, route template (never the raw path, which holds
 * ids and claim tokens), status, duration, the caller's user or client id and the gateway's request id. Headers,
 * query strings and bodies are never logged. It runs inside the server observation, so the line carries the
 * request's trace and span ids like every other line logged while serving it.
 * <p>
 * Requests to the actuator (probes, scrapes) are left out: they would drown the requests people make.
 */
class AccessLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "access";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final String UNMATCHED_ROUTE = "UNMATCHED";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        boolean logNow = true;
        try {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                // a streamed answer: its status and duration are known only when it completes
                logNow = false;
                request.getAsyncContext().addListener(new LogWhenComplete(request, response, started));
            }
        } finally {
            if (logNow) {
                write(request, response, started);
            }
        }
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, long started) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String route = routeOf(request);
        int status = response.getStatus();
        RequestCaller caller = RequestCaller.of(request);
        String requestId = RequestIds.acceptable(request.getHeader(RequestIds.HEADER)).orElse(null);
        LoggingEventBuilder line = log.atInfo()
                .addKeyValue("method", request.getMethod())
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
        if (requestId != null) {
            line = line.addKeyValue("requestId", requestId);
        }
        line.log("{} {} {} {} ms", request.getMethod(), route, status, millis);
    }

    /** The pattern Spring MVC matched; a request refused before dispatch (401, no handler) has none. */
    private static String routeOf(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                ? pattern : UNMATCHED_ROUTE;
    }

    private record LogWhenComplete(HttpServletRequest request, HttpServletResponse response, long started)
            implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            write(request, response, started);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
