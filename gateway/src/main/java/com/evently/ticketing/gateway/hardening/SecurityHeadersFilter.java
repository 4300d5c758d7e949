package com.evently.ticketing.gateway.hardening;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;

/**
 * The protective response headers, decided here for every answer that leaves the gateway, whether a service
 * or the gateway itself produced it. They are written just before the response is committed, over whatever a
 * service sent, so that the suite has one policy and a browser never sees two values of a header.
 * <p>
 * Spring Security's own header writers are switched off in favour of this filter: they would skip HSTS when
 * TLS ends in front of the gateway, and would not cover requests its firewall rejects.
 */
@Component
@Order(WebFilterOrder.SECURITY_HEADERS)
public class SecurityHeadersFilter implements WebFilter {

    static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String X_FRAME_OPTIONS = "X-Frame-Options";
    static final String X_CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    // One year. Sent over plain HTTP as well: TLS ends at the load balancer in front of the gateway, and a
    // browser ignores the header on a connection that is not HTTPS.
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    // An API answer is data, never a page: nothing in it may load, run or be framed.
    private static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final List<PathPattern> API_PATHS = parse("/api/**", "/.well-known/**", "/v3/api-docs/**", "/actuator/**");
    private static final PathPattern VERSIONED_API = PathPatternParser.defaultInstance.parse("/api/v1/**");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        exchange.getResponse().beforeCommit(() -> {
            write(exchange.getResponse().getHeaders(), path);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static void write(HttpHeaders headers, PathContainer path) {
        headers.set(X_CONTENT_TYPE_OPTIONS, "nosniff");
        headers.set(X_FRAME_OPTIONS, "DENY");
        headers.set(REFERRER_POLICY, "no-referrer");
        headers.set(STRICT_TRANSPORT_SECURITY, HSTS);
        if (API_PATHS.stream().anyMatch(pattern -> pattern.matches(path))) {
            headers.set(CONTENT_SECURITY_POLICY, API_CONTENT_SECURITY_POLICY);
        }
        // Answers carry personal data and tokens: no cache may keep them, unless a service decided otherwise.
        if (VERSIONED_API.matches(path) && headers.getCacheControl() == null) {
            headers.setCacheControl("no-store");
        }
    }

    private static List<PathPattern> parse(String... patterns) {
        return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }
}
