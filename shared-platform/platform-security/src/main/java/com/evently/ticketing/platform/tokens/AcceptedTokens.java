package com.evently.ticketing.platform.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The access tokens a decoder has verified, each kept until it expires (its {@code exp} plus the allowed clock skew,
 * as the lifetime check would accept it), so that a client sending the same token with every request pays for one
 * signature verification, not one per request. The services' blocking decoder (platform-core) and the gateway's
 * reactive one both wrap their verifying decoder around it; only tokens that passed verification are remembered.
 * <p>
 * Keyed by the token itself: the {@link Jwt} kept for it holds the token text anyway, so a digest as key would hide
 * nothing.
 */
public final class AcceptedTokens {

    // Bounds memory (a token and its claims, about 2 KB) whatever the number of callers; a token pushed out is
    // simply verified again.
    private static final long MAX_TOKENS = 10_000;

    private final Cache<String, Jwt> accepted;

    public AcceptedTokens(Duration clockSkew, Clock clock) {
        this.accepted = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> jwt.getExpiresAt() == null
                        ? Duration.ZERO
                        : Duration.between(clock.instant(), jwt.getExpiresAt().plus(clockSkew))))
                .build();
    }

    /** The token as verified earlier, while it is still within its lifetime. */
    public Optional<Jwt> find(String token) {
        return Optional.ofNullable(accepted.getIfPresent(token));
    }

    /** Remembers a token that has just passed verification. */
    public void remember(Jwt verified) {
        accepted.put(verified.getTokenValue(), verified);
    }
}
