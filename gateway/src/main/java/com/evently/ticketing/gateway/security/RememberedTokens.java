package com.evently.ticketing.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/**
 * Verifies each access token once, as the services' decoder does (platform-core's {@code RememberedTokens}): a
 * token accepted is answered from memory until it expires (its {@code exp} plus the clock skew), which also spares
 * the request the hop to a blocking-capable thread for the key lookup. Verifying every request was a tenth of the
 * gateway's CPU per booking (docs/perf/profile-2026-12-07.md). Refused tokens are never remembered.
 * <p>
 * Keyed by the token itself: the {@link Jwt} kept for it holds the token text anyway.
 */
final class RememberedTokens implements ReactiveJwtDecoder {

    // about 2 KB a token; one pushed out is simply verified again
    private static final long MAX_TOKENS = 10_000;

    private final ReactiveJwtDecoder verifying;
    private final Cache<String, Jwt> accepted;

    RememberedTokens(ReactiveJwtDecoder verifying, Duration clockSkew, Clock clock) {
        this.verifying = verifying;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> jwt.getExpiresAt() == null
                        ? Duration.ZERO
                        : Duration.between(clock.instant(), jwt.getExpiresAt().plus(clockSkew))))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt remembered = accepted.getIfPresent(token);
        if (remembered != null) {
            return Mono.just(remembered);
        }
        return verifying.decode(token).doOnNext(verified -> accepted.put(token, verified));
    }
}
