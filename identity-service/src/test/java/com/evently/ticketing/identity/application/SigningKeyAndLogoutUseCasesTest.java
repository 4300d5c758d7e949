package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.TokenLifetimes;
import com.evently.ticketing.identity.domain.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.evently.ticketing.identity.application.UseCaseFixture.CLIENT;
import static com.evently.ticketing.identity.application.UseCaseFixture.NOW;
import static com.evently.ticketing.identity.application.UseCaseFixture.callerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link LoggingOut}, and the permission check of {@link RotatingSigningKey}. */
class SigningKeyAndLogoutUseCasesTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final TokenIssuer tokenIssuer = new TokenIssuer(new OneActiveSigningKey(NOW), (claims, key) -> "access",
            fixture.refreshTokens, new TokenLifetimes(Duration.ofMinutes(15), Duration.ofDays(30)));
    private final LoggingOut loggingOut = new LoggingOut(fixture.refreshTokens, fixture.users,
            fixture.integrationEvents, fixture.transactions, fixture.clock);
    private final OneActiveSigningKey signingKeys = new OneActiveSigningKey(NOW);
    private final RotatingSigningKey rotatingSigningKey = new RotatingSigningKey(signingKeys,
            new VerificationKeyCache(signingKeys, fixture.clock, Duration.ofSeconds(10), Duration.ofSeconds(1),
                    Duration.ofMinutes(16)),
            fixture.integrationEvents, fixture.transactions, fixture.clock);

    @Test
    void loggingOutRevokesTheWholeFamilyAndIsAudited() {
        User user = fixture.existingUser("ana@example.com");
        SecretToken loggedIn = tokenIssuer.issueAtLogin(user, NOW).refreshToken();

        loggingOut.logOut(new LogOutCommand(loggedIn, CLIENT));

        assertThat(fixture.refreshTokens.all()).allSatisfy(token -> assertThat(token.revokedAt()).isEqualTo(NOW));
        assertThat(fixture.integrationEvents.securityEvents).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(SecurityAction.LOGOUT);
            assertThat(event.subjectUserId()).isEqualTo(user.id());
        });
    }

    @Test
    void loggingOutWithAnUnknownOrRevokedTokenIsNoErrorAndRecordsNothing() {
        User user = fixture.existingUser("ana@example.com");
        SecretToken loggedIn = tokenIssuer.issueAtLogin(user, NOW).refreshToken();
        loggingOut.logOut(new LogOutCommand(loggedIn, CLIENT));

        loggingOut.logOut(new LogOutCommand(loggedIn, CLIENT));
        loggingOut.logOut(new LogOutCommand(SecretToken.generate(), CLIENT));

        assertThat(fixture.integrationEvents.securityEvents).hasSize(1);
    }

    @Test
    void onlyAnAdministratorMayRotateTheSigningKey() {
        User user = fixture.existingUser("ana@example.com");

        assertThatThrownBy(() -> rotatingSigningKey.rotate(callerOf(user), CLIENT))
                .isInstanceOf(OperationNotPermitted.class);

        assertThat(fixture.transactions.started).isZero();
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }
}
