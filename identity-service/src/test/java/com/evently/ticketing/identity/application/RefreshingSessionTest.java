package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.TokenLifetimes;
import com.evently.ticketing.identity.domain.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.evently.ticketing.identity.application.UseCaseFixture.CLIENT;
import static com.evently.ticketing.identity.application.UseCaseFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshingSessionTest {

    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final TokenLifetimes LIFETIMES = new TokenLifetimes(Duration.ofMinutes(15), Duration.ofDays(30));

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final TokenIssuer tokenIssuer = new TokenIssuer(new OneActiveSigningKey(NOW),
            (claims, key) -> "access-token-" + claims.tokenId(), fixture.refreshTokens, LIFETIMES);
    private final RefreshingSession refreshingSession = new RefreshingSession(fixture.refreshTokens,
            new TransparentSuccessorSeal(), GRACE, fixture.users, tokenIssuer, fixture.integrationEvents,
            fixture.transactions, fixture.clock);
    private final User user = fixture.existingUser("ana@example.com");

    @Test
    void aUsableTokenIsTradedForASuccessorOfTheSameFamily() {
        SecretToken loggedIn = logIn();

        IssuedTokens refreshed = refreshingSession.refresh(command(loggedIn));

        assertThat(refreshed.refreshToken()).isNotEqualTo(loggedIn);
        assertThat(fixture.refreshTokens.findByHash(loggedIn.hash()).orElseThrow().usedAt()).isEqualTo(NOW);
        assertThat(fixture.refreshTokens.findByHash(refreshed.refreshToken().hash()).orElseThrow().familyId())
                .isEqualTo(fixture.refreshTokens.findByHash(loggedIn.hash()).orElseThrow().familyId());
    }

    @Test
    void aRetryWithinTheGracePeriodGetsTheSameSuccessor() {
        SecretToken loggedIn = logIn();
        IssuedTokens first = refreshingSession.refresh(command(loggedIn));
        fixture.clock.advance(GRACE.minusSeconds(1));

        IssuedTokens retried = refreshingSession.refresh(command(loggedIn));

        assertThat(retried.refreshToken()).isEqualTo(first.refreshToken());
        assertThat(retried.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(fixture.refreshTokens.all()).allSatisfy(token -> assertThat(token.revokedAt()).isNull());
    }

    @Test
    void aReuseAfterTheGracePeriodRevokesTheWholeFamilyAndIsAudited() {
        SecretToken loggedIn = logIn();
        IssuedTokens successor = refreshingSession.refresh(command(loggedIn));
        fixture.clock.advance(GRACE);

        assertThatThrownBy(() -> refreshingSession.refresh(command(loggedIn)))
                .isInstanceOf(InvalidRefreshToken.class);

        assertThat(fixture.refreshTokens.all()).allSatisfy(token -> assertThat(token.revokedAt()).isNotNull());
        assertThatThrownBy(() -> refreshingSession.refresh(command(successor.refreshToken())))
                .isInstanceOf(InvalidRefreshToken.class);
        assertThat(fixture.integrationEvents.securityEvents).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(SecurityAction.REFRESH_TOKEN_REUSE_DETECTED);
            assertThat(event.subjectUserId()).isEqualTo(user.id());
        });
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThatThrownBy(() -> refreshingSession.refresh(command(SecretToken.generate())))
                .isInstanceOf(InvalidRefreshToken.class);
    }

    @Test
    void anExpiredTokenIsRefused() {
        SecretToken loggedIn = logIn();
        fixture.clock.advance(LIFETIMES.refreshToken());

        assertThatThrownBy(() -> refreshingSession.refresh(command(loggedIn)))
                .isInstanceOf(InvalidRefreshToken.class);
    }

    @Test
    void aTokenOfADisabledAccountIsRefused() {
        SecretToken loggedIn = logIn();
        fixture.users.update(user.withEnabled(false));

        assertThatThrownBy(() -> refreshingSession.refresh(command(loggedIn)))
                .isInstanceOf(InvalidRefreshToken.class);
        assertThat(fixture.refreshTokens.findByHash(loggedIn.hash()).orElseThrow().usedAt()).isNull();
    }

    private SecretToken logIn() {
        return fixture.transactions.inTransaction(() -> tokenIssuer.issueAtLogin(user, fixture.clock.instant()))
                .refreshToken();
    }

    private static RefreshSessionCommand command(SecretToken refreshToken) {
        return new RefreshSessionCommand(refreshToken, CLIENT);
    }
}
