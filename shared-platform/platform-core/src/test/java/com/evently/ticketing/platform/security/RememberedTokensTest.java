package com.evently.ticketing.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void verifiesATokenOnceAndAnswersItsLaterPresentationsFromMemory() {
        JwtDecoder decoder = new RememberedTokens(verifyingTokensExpiringAt(NOW.plusSeconds(300)), SKEW, CLOCK);

        Jwt first = decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void verifiesAgainATokenPastItsExpiryAndSkew() {
        JwtDecoder decoder = new RememberedTokens(verifyingTokensExpiringAt(NOW.minus(SKEW).minusSeconds(1)), SKEW, CLOCK);

        decoder.decode("token-a");
        decoder.decode("token-a");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverRemembersARefusedToken() {
        JwtDecoder refusing = token -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        };
        JwtDecoder decoder = new RememberedTokens(refusing, SKEW, CLOCK);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    private JwtDecoder verifyingTokensExpiringAt(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            return Jwt.withTokenValue(token).header("alg", "ES256").subject("user")
                    .issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt).build();
        };
    }
}
