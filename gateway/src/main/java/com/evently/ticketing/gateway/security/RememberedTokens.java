package com.evently.ticketing.gateway.security;

import com.evently.ticketing.platform.tokens.AcceptedTokens;
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
 * The memory ({@link AcceptedTokens}, platform-security) is the one the services' decoder uses.
 */
final class RememberedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifying;
    private final AcceptedTokens accepted;

    RememberedTokens(ReactiveJwtDecoder verifying, Duration clockSkew, Clock clock) {
        this.verifying = verifying;
        this.accepted = new AcceptedTokens(clockSkew, clock);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return accepted.find(token).map(Mono::just)
                .orElseGet(() -> verifying.decode(token).doOnNext(accepted::remember));
    }
}
