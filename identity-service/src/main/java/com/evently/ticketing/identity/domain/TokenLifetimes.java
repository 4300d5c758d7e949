package com.evently.ticketing.identity.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long issued tokens stay valid. Access tokens cannot be revoked, so they are kept short; the refresh
 * token is what keeps a person logged in.
 */
public record TokenLifetimes(Duration accessToken, Duration refreshToken) {

    public static final Duration ACCESS_TOKEN_LIMIT = Duration.ofMinutes(15);

    public TokenLifetimes {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        if (accessToken.isNegative() || accessToken.isZero() || accessToken.compareTo(ACCESS_TOKEN_LIMIT) > 0) {
            throw new IllegalArgumentException("access tokens must live more than 0 and at most 15 minutes, not " + accessToken);
        }
        if (refreshToken.compareTo(accessToken) <= 0) {
            throw new IllegalArgumentException("refresh tokens must outlive access tokens, not " + refreshToken);
        }
    }
}
