package com.evently.ticketing.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenTest {

    private final TokenLifetimes lifetimes = new TokenLifetimes(Duration.ofMinutes(15), Duration.ofDays(30));
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void successorStaysInTheFamilyWithAFreshSecretAndLifetime() {
        RefreshToken first = RefreshToken.issueAtLogin(UUID.randomUUID(), now, lifetimes).token();

        RefreshToken.Issued next = first.successor(now.plusSeconds(60), lifetimes);

        assertThat(next.token().familyId()).isEqualTo(first.familyId());
        assertThat(next.token().hash()).isNotEqualTo(first.hash()).isEqualTo(next.secret().hash());
        assertThat(next.token().expiresAt()).isEqualTo(now.plusSeconds(60).plus(Duration.ofDays(30)));
    }

    @Test
    void reuseOutranksRevocationAndExpiry() {
        RefreshToken token = RefreshToken.issueAtLogin(UUID.randomUUID(), now, lifetimes).token();
        RefreshToken usedRevokedExpired = new RefreshToken(token.id(), token.familyId(), token.userId(), token.hash(),
                token.issuedAt(), token.expiresAt(), now, now, null);

        assertThat(token.statusAt(now)).isEqualTo(RefreshToken.Status.USABLE);
        assertThat(token.statusAt(token.expiresAt())).isEqualTo(RefreshToken.Status.EXPIRED);
        assertThat(usedRevokedExpired.statusAt(token.expiresAt().plusSeconds(1)))
                .isEqualTo(RefreshToken.Status.ALREADY_USED);
    }

    @Test
    void handsItsSuccessorOverAgainOnlyWithinTheGracePeriodAndWhileTheFamilyLives() {
        RefreshToken token = RefreshToken.issueAtLogin(UUID.randomUUID(), now, lifetimes).token();
        RefreshToken.Handover handover = new RefreshToken.Handover("sealed", now.plusSeconds(30));
        RefreshToken used = new RefreshToken(token.id(), token.familyId(), token.userId(), token.hash(),
                token.issuedAt(), token.expiresAt(), now, null, handover);
        RefreshToken usedThenRevoked = new RefreshToken(token.id(), token.familyId(), token.userId(), token.hash(),
                token.issuedAt(), token.expiresAt(), now, now.plusSeconds(5), handover);

        assertThat(used.handoverAt(now.plusSeconds(29))).contains(handover);
        assertThat(used.handoverAt(now.plusSeconds(30))).isEmpty();
        assertThat(usedThenRevoked.handoverAt(now.plusSeconds(10))).isEmpty();
        assertThat(token.handoverAt(now)).as("never used").isEmpty();
    }
}
