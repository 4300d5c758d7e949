package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.tokens.AcceptedTokens;
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
 * The memory itself ({@link AcceptedTokens}) is shared with the gateway's reactive decoder.
 */
final class RememberedTokens implements JwtDecoder {

    private final JwtDecoder verifying;
    private final AcceptedTokens accepted;

    RememberedTokens(JwtDecoder verifying, Duration clockSkew, Clock clock) {
        this.verifying = verifying;
        this.accepted = new AcceptedTokens(clockSkew, clock);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return accepted.find(token).orElseGet(() -> {
            Jwt verified = verifying.decode(token);
            accepted.remember(verified);
            return verified;
        });
    }
}
