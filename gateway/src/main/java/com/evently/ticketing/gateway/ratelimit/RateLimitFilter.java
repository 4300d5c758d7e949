package com.evently.ticketing.gateway.ratelimit;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import com.evently.ticketing.gateway.forwarding.ClientAddressResolver;
import com.evently.ticketing.gateway.hardening.BufferedRequestBody;
import com.evently.ticketing.gateway.hardening.RequestSizeProperties;
import com.evently.ticketing.gateway.problem.GatewayProblem;
import com.evently.ticketing.gateway.problem.ProblemResponses;
import com.evently.ticketing.gateway.ratelimit.RateLimitConfiguration.RateLimitPolicies;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the limits before a request is routed: the sign-in endpoints per client address (they are where
 * passwords get guessed), session refreshes per refresh token (an office behind one address refreshes many
 * sessions; a token replayed in a loop is what to stop), booking changes per user (a sold-out rush must not be
 * won by a script), every request of an API client per client id (its own quota, instead of the booking one).
 * The OAuth token endpoint counts like a sign-in, per address. A refresh whose body (or, for the web UI, whose session
 * cookie) names no refresh token is counted as a sign-in, per address. A refused
 * request is answered 429 {@code rate-limited} with {@code Retry-After}; every counted answer carries the
 * quota in the IETF draft's headers (draft-ietf-httpapi-ratelimit-headers), e.g.
 * {@code RateLimit-Policy: "auth";q=10;w=60} and {@code RateLimit: "auth";r=0;t=17} — {@code r} requests
 * remaining now, {@code t} seconds until the whole quota is available again.
 */
@Component
@Order(WebFilterOrder.RATE_LIMIT)
public class RateLimitFilter implements WebFilter {

    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    /** identity-service names the client of a client-credentials token in this claim (platform's ClientScopes). */
    static final String API_CLIENT_ID_CLAIM = "client_id";

    private static final PathPattern AUTH = PathPatternParser.defaultInstance.parse("/api/v1/auth/**");
    private static final PathPattern OAUTH = PathPatternParser.defaultInstance.parse("/oauth2/**");
    private static final PathPattern REFRESH = PathPatternParser.defaultInstance.parse("/api/v1/auth/refresh");
    private static final PathPattern BOOKINGS = PathPatternParser.defaultInstance.parse("/api/v1/bookings/**");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final RateLimiter limiter;
    private final RateLimitPolicies policies;
    private final ClientAddressResolver clientAddresses;
    private final ProblemResponses problems;
    private final long maxBodyBytes;

    public RateLimitFilter(RateLimiter limiter, RateLimitPolicies policies, ClientAddressResolver clientAddresses,
                           ProblemResponses problems, RequestSizeProperties requestSize) {
        this.limiter = limiter;
        this.policies = policies;
        this.clientAddresses = clientAddresses;
        this.problems = problems;
        this.maxBodyBytes = requestSize.maxBodySize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (REFRESH.matches(request.getPath().pathWithinApplication()) && request.getMethod() == HttpMethod.POST) {
            return refreshLimited(exchange, chain);
        }
        if (AUTH.matches(request.getPath().pathWithinApplication())
                || OAUTH.matches(request.getPath().pathWithinApplication())) {
            // the token endpoint is where client secrets would be guessed, like passwords at sign-in
            return limited(exchange, chain, policies.auth(), clientAddresses.clientAddress(request));
        }
        boolean bookingChange = BOOKINGS.matches(request.getPath().pathWithinApplication())
                && !READS.contains(request.getMethod());
        // Spring Security has refused booking requests without a valid token already: a principal is there.
        return exchange.getPrincipal()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(principal -> {
                    Optional<String> apiClient = principal.flatMap(RateLimitFilter::apiClientId);
                    if (apiClient.isPresent()) {
                        return limited(exchange, chain, policies.apiClients(), apiClient.get());
                    }
                    if (bookingChange && principal.isPresent()) {
                        return limited(exchange, chain, policies.bookingWrites(), principal.get().getName());
                    }
                    return chain.filter(exchange);
                });
    }

    /** The client id of a client-credentials token; a user's token has none. */
    private static Optional<String> apiClientId(Principal principal) {
        return principal instanceof JwtAuthenticationToken token
                ? Optional.ofNullable(token.getToken().getClaimAsString(API_CLIENT_ID_CLAIM))
                : Optional.empty();
    }

    /**
     * Reads the body (it is small: a token) to count the refresh against its token, then hands it on unchanged.
     * A body over the gateway's size limit is not read here: the size limit refuses it after the address's count.
     */
    private Mono<Void> refreshLimited(ServerWebExchange exchange, WebFilterChain chain) {
        String clientAddress = clientAddresses.clientAddress(exchange.getRequest());
        if (exchange.getRequest().getHeaders().containsHeader(RefreshTokenKey.SESSION_COOKIE_HEADER)) {
            // the web UI's refresh: identity reads the token from the cookie and ignores the body
            HttpCookie cookie = exchange.getRequest().getCookies().getFirst(RefreshTokenKey.SESSION_COOKIE);
            return RefreshTokenKey.ofCookie(cookie == null ? null : cookie.getValue())
                    .map(token -> limited(exchange, chain, policies.refresh(), token))
                    .orElseGet(() -> limited(exchange, chain, policies.auth(), clientAddress));
        }
        if (exchange.getRequest().getHeaders().getContentLength() > maxBodyBytes) {
            return limited(exchange, chain, policies.auth(), clientAddress);
        }
        return BufferedRequestBody.read(exchange, maxBodyBytes)
                .flatMap(body -> {
                    ServerWebExchange replayed = BufferedRequestBody.replaying(exchange, body);
                    return RefreshTokenKey.of(body)
                            .map(token -> limited(replayed, chain, policies.refresh(), token))
                            .orElseGet(() -> limited(replayed, chain, policies.auth(), clientAddress));
                })
                .onErrorResume(DataBufferLimitException.class, tooLarge -> problems.write(exchange,
                        GatewayProblem.REQUEST_TOO_LARGE,
                        "The request body is larger than the %d bytes this API accepts.".formatted(maxBodyBytes)));
    }

    private Mono<Void> limited(ServerWebExchange exchange, WebFilterChain chain, RateLimitPolicy policy, String partition) {
        return limiter.consume(policy, partition).flatMap(decision -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set(RATE_LIMIT_POLICY, "\"%s\";q=%d;w=%d".formatted(policy.name(), policy.requests(),
                    policy.window().toSeconds()));
            headers.set(RATE_LIMIT, "\"%s\";r=%d;t=%d".formatted(policy.name(), decision.remaining(),
                    wholeSeconds(decision.untilFullQuota())));
            if (decision.allowed()) {
                return chain.filter(exchange);
            }
            long retryAfter = Math.max(1, wholeSeconds(decision.untilAllowed()));
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            return problems.write(exchange, GatewayProblem.RATE_LIMITED,
                    "Too many requests; try again in %d seconds.".formatted(retryAfter));
        });
    }

    // Rounded up: a client that waits the announced seconds must find the request allowed.
    private static long wholeSeconds(Duration duration) {
        return duration.plusNanos(999_999_999).toSeconds();
    }
}
