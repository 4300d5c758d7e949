package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.LoginThrottling;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.TokenLifetimes;
import com.evently.ticketing.identity.domain.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.evently.ticketing.identity.application.UseCaseFixture.CLIENT;
import static com.evently.ticketing.identity.application.UseCaseFixture.NOW;
import static com.evently.ticketing.identity.application.UseCaseFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoggingInTest {

    private static final int MAX_FAILURES = 3;
    private static final Duration FIRST_LOCKOUT = Duration.ofMinutes(1);

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final InMemoryKnownLoginAddresses knownAddresses = new InMemoryKnownLoginAddresses();
    private final LoginThrottle throttle = new LoginThrottle(new InMemoryLoginFailures(), knownAddresses,
            fixture.transactions, new LoginThrottling(MAX_FAILURES, 10, Duration.ofMinutes(15), FIRST_LOCKOUT,
            Duration.ofMinutes(10), Duration.ofDays(90)));
    private final TokenIssuer tokenIssuer = new TokenIssuer(new OneActiveSigningKey(NOW),
            (claims, key) -> "access-token-for-" + claims.userId(), fixture.refreshTokens,
            new TokenLifetimes(Duration.ofMinutes(15), Duration.ofDays(30)));
    private final LoggingIn loggingIn = new LoggingIn(fixture.users, fixture.passwordHashing, throttle, tokenIssuer,
            fixture.integrationEvents, fixture.transactions, fixture.clock);

    @Test
    void theRightPasswordIssuesTokensAndIsAudited() {
        User user = fixture.existingUser("ana@example.com");

        IssuedTokens tokens = loggingIn.logIn(new LogInCommand("Ana@Example.com", PASSWORD, CLIENT));

        assertThat(tokens.accessToken()).isEqualTo("access-token-for-" + user.id());
        assertThat(tokens.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(fixture.integrationEvents.securityEvents).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(SecurityAction.LOGIN_SUCCEEDED);
            assertThat(event.subjectUserId()).isEqualTo(user.id());
        });
        assertThat(knownAddresses.isKnown("ana@example.com", CLIENT, NOW)).isTrue();
    }

    @Test
    void anUnknownAddressAndAWrongPasswordFailAlike() {
        fixture.existingUser("ana@example.com");

        assertThatThrownBy(() -> loggingIn.logIn(new LogInCommand("ana@example.com", "not the password", CLIENT)))
                .isInstanceOf(InvalidCredentials.class)
                .hasMessage(new InvalidCredentials().getMessage());
        assertThatThrownBy(() -> loggingIn.logIn(new LogInCommand("nobody@example.com", PASSWORD, CLIENT)))
                .isInstanceOf(InvalidCredentials.class)
                .hasMessage(new InvalidCredentials().getMessage());

        assertThat(fixture.integrationEvents.securityEvents).extracting(SecurityEvent::outcome)
                .containsExactly(SecurityEvent.Outcome.FAILURE, SecurityEvent.Outcome.FAILURE);
        assertThat(fixture.integrationEvents.securityEvents).extracting(SecurityEvent::detail)
                .containsExactly("wrong password", "no account has this e-mail address");
    }

    @Test
    void theRightPasswordOfADisabledAccountIsRefusedAsDisabled() {
        fixture.disabledUser("ana@example.com");

        assertThatThrownBy(() -> loggingIn.logIn(new LogInCommand("ana@example.com", PASSWORD, CLIENT)))
                .isInstanceOf(DisabledAccountNotPermitted.class);

        assertThat(fixture.integrationEvents.securityEvents).singleElement()
                .satisfies(event -> assertThat(event.detail()).isEqualTo("account disabled"));
    }

    @Test
    void afterTheMaximumOfFailuresEvenTheRightPasswordIsRefusedUnchecked() {
        fixture.existingUser("ana@example.com");
        for (int attempt = 0; attempt < MAX_FAILURES; attempt++) {
            assertThatThrownBy(() -> loggingIn.logIn(new LogInCommand("ana@example.com", "a wrong guess", CLIENT)))
                    .isInstanceOf(InvalidCredentials.class);
        }

        assertThatThrownBy(() -> loggingIn.logIn(new LogInCommand("ana@example.com", PASSWORD, CLIENT)))
                .isInstanceOfSatisfying(TooManyAttempts.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(FIRST_LOCKOUT));
        assertThat(fixture.integrationEvents.securityEvents.getLast().detail())
                .isEqualTo("refused unchecked: too many failed attempts");
    }

    @Test
    void guessesFromElsewhereDoNotLockTheOwnerOutAtAKnownAddress() {
        fixture.existingUser("ana@example.com");
        loggingIn.logIn(new LogInCommand("ana@example.com", PASSWORD, CLIENT));
        for (int attempt = 0; attempt < MAX_FAILURES; attempt++) {
            ClientAddress elsewhere = new ClientAddress("198.51.100." + attempt);
            assertThatThrownBy(() -> loggingIn.logIn(new LogInCommand("ana@example.com", "a wrong guess", elsewhere)))
                    .isInstanceOf(InvalidCredentials.class);
        }

        assertThat(loggingIn.logIn(new LogInCommand("ana@example.com", PASSWORD, CLIENT))).isNotNull();
        assertThatThrownBy(() -> loggingIn.logIn(
                new LogInCommand("ana@example.com", PASSWORD, new ClientAddress("192.0.2.1"))))
                .isInstanceOf(TooManyAttempts.class);
    }
}
