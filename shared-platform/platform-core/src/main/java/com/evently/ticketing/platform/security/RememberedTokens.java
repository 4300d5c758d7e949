package com.evently.ticketing.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;

/**
 * A decoder that verifies each access token once: a token it accepted is answered from memory until it expires
 * (its {@code exp} plus the allowed clock skew, as the lifetime check would accept it), so a client sending the same
 * token with every request pays for one ECDSA verification, not one per request, which was a tenth of
 * booking-service's CPU per booking (docs/perf/profile-2026-12-07.md). Tokens refused are never remembered: each
 * presentation is checked again. A key withdrawn from the JWKS stops new tokens at once; tokens already accepted
 * stay accepted until they expire, as they would in any other replica that had verified them.
 * <p>
 * Keyed by the token itself: the {@link Jwt} kept for it holds the token text anyway, so a digest as key would
 * hide nothing.
 */
final class RememberedTokens implements JwtDecoder {

    // Bounds memory (a token and its claims, about 2 KB) whatever the number of callers; a token pushed out is
    // simply verified again.
    private static final long MAX_TOKENS = 10_000;

    private final JwtDecoder verifying;
    private final Cache<String, Jwt> accepted;

    RememberedTokens(JwtDecoder verifying, Duration clockSkew, Clock clock) {
        this.verifying = verifying;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> jwt.getExpiresAt() == null
                        ? Duration.ZERO
                        : Duration.between(clock.instant(), jwt.getExpiresAt().plus(clockSkew))))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = accepted.getIfPresent(token);
        if (remembered != null) {
            return remembered;
        }
        Jwt verified = verifying.decode(token);
        accepted.put(token, verified);
        return verified;
    }
}
