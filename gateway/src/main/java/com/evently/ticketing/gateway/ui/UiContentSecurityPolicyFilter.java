package com.evently.ticketing.gateway.ui;

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
 * The policy for everything that is not the API: the UI's page, scripts and styles. Scripts come only from this
 * origin as files (no inline script, no eval: the UI gives Alpine.js an evaluator of its own), and the page may
 * call only this origin. Images may also be {@code blob:} (QR codes fetched with the access token) and {@code data:}
 * (Pico's icons). The API keeps its stricter policy from the hardening filter, which this one never overrides.
 */
@Component
@Order(WebFilterOrder.SECURITY_HEADERS)
public class UiContentSecurityPolicyFilter implements WebFilter {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' blob: data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final List<PathPattern> API_PATHS = Arrays.stream(
                    new String[]{"/api/**", "/.well-known/**", "/v3/api-docs/**", "/actuator/**", "/oauth2/**"})
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (API_PATHS.stream().noneMatch(pattern -> pattern.matches(path))) {
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set("Content-Security-Policy", POLICY);
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
