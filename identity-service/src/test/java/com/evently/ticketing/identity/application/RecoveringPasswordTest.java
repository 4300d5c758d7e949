package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolation;
import com.evently.ticketing.identity.domain.PasswordResetIssued;
import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.evently.ticketing.identity.application.UseCaseFixture.CLIENT;
import static com.evently.ticketing.identity.application.UseCaseFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveringPasswordTest {

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);
    private static final String NEW_PASSWORD = "another long phrase 2";

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final InMemoryPasswordResetTokens resetTokens = new InMemoryPasswordResetTokens();
    private final RecoveringPassword recoveringPassword = new RecoveringPassword(fixture.users, resetTokens,
            fixture.refreshTokens, fixture.passwordHashing, fixture.passwordPolicy, fixture.integrationEvents,
            fixture.transactions, fixture.clock, TOKEN_LIFETIME, Duration.ZERO);

    @Test
    void aKnownAddressGetsAResetTokenStoredOnlyByItsHash() {
        User user = fixture.existingUser("ana@example.com");

        recoveringPassword.requestReset(request("Ana@Example.com"));

        PasswordResetIssued requested = fixture.integrationEvents.resetRequests.getFirst();
        assertThat(requested.userId()).isEqualTo(user.id());
        assertThat(resetTokens.all()).singleElement().satisfies(token -> {
            assertThat(token.hash()).isEqualTo(requested.token().hash());
            assertThat(token.expiresAt()).isEqualTo(NOW.plus(TOKEN_LIFETIME));
        });
        assertThat(fixture.integrationEvents.securityEvents).extracting(event -> event.action())
                .containsExactly(SecurityAction.PASSWORD_RESET_REQUESTED);
    }

    @Test
    void anUnknownOrDisabledAddressGetsNothingAndNoError() {
        fixture.disabledUser("disabled@example.com");

        recoveringPassword.requestReset(request("nobody@example.com"));
        recoveringPassword.requestReset(request("disabled@example.com"));

        assertThat(resetTokens.all()).isEmpty();
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    @Test
    void aResetSetsThePasswordUsesTheTokenUpAndRevokesEverySession() {
        User user = fixture.existingUser("ana@example.com");
        SecretToken token = requestedToken("ana@example.com");

        recoveringPassword.reset(new ResetPasswordCommand(token, new Password(NEW_PASSWORD), CLIENT));

        User after = fixture.users.findById(user.id()).orElseThrow();
        assertThat(fixture.passwordHashing.matches(NEW_PASSWORD, after.passwordHash())).isTrue();
        assertThat(resetTokens.all()).allSatisfy(stored -> assertThat(stored.usedAt()).isNotNull());
        assertThat(fixture.refreshTokens.usersRevoked).containsExactly(user.id());
        assertThat(fixture.integrationEvents.securityEvents.getLast().action())
                .isEqualTo(SecurityAction.PASSWORD_RESET_COMPLETED);
    }

    @Test
    void aTokenWorksOnce() {
        fixture.existingUser("ana@example.com");
        SecretToken token = requestedToken("ana@example.com");
        recoveringPassword.reset(new ResetPasswordCommand(token, new Password(NEW_PASSWORD), CLIENT));

        assertThatThrownBy(() -> recoveringPassword.reset(
                new ResetPasswordCommand(token, new Password("yet another phrase 3"), CLIENT)))
                .isInstanceOf(InvalidResetToken.class);
    }

    @Test
    void anExpiredTokenIsRefusedAndChangesNothing() {
        User user = fixture.existingUser("ana@example.com");
        SecretToken token = requestedToken("ana@example.com");
        fixture.clock.advance(TOKEN_LIFETIME);

        assertThatThrownBy(() -> recoveringPassword.reset(
                new ResetPasswordCommand(token, new Password(NEW_PASSWORD), CLIENT)))
                .isInstanceOf(InvalidResetToken.class);

        assertThat(fixture.users.findById(user.id())).contains(user);
        assertThat(fixture.refreshTokens.usersRevoked).isEmpty();
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThatThrownBy(() -> recoveringPassword.reset(
                new ResetPasswordCommand(SecretToken.generate(), new Password(NEW_PASSWORD), CLIENT)))
                .isInstanceOf(InvalidResetToken.class);
    }

    @Test
    void aNewPasswordThePolicyForbidsLeavesTheTokenUsable() {
        fixture.existingUser("ana@example.com");
        SecretToken token = requestedToken("ana@example.com");

        assertThatThrownBy(() -> recoveringPassword.reset(
                new ResetPasswordCommand(token, new Password("Password123!"), CLIENT)))
                .isInstanceOf(PasswordPolicyViolation.class);

        assertThat(resetTokens.all()).singleElement()
                .satisfies(stored -> assertThat(stored.isRedeemableAt(fixture.clock.instant())).isTrue());
    }

    private SecretToken requestedToken(String email) {
        recoveringPassword.requestReset(request(email));
        return fixture.integrationEvents.resetRequests.getLast().token();
    }

    private static RequestPasswordResetCommand request(String email) {
        return new RequestPasswordResetCommand(new EmailAddress(email), CLIENT);
    }
}
