package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolation;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.evently.ticketing.identity.application.UseCaseFixture.CLIENT;
import static com.evently.ticketing.identity.application.UseCaseFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangingPasswordTest {

    private static final String NEW_PASSWORD = "another long phrase 2";

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final ChangingPassword changingPassword = new ChangingPassword(fixture.users, fixture.passwordHashing,
            fixture.passwordPolicy, fixture.refreshTokens, fixture.integrationEvents, fixture.transactions,
            fixture.clock);

    @Test
    void replacesThePasswordAndRevokesEverySession() {
        User user = fixture.existingUser("ana@example.com");

        changingPassword.change(new ChangePasswordCommand(user.id(), PASSWORD, new Password(NEW_PASSWORD), CLIENT));

        User after = fixture.users.findById(user.id()).orElseThrow();
        assertThat(fixture.passwordHashing.matches(NEW_PASSWORD, after.passwordHash())).isTrue();
        assertThat(fixture.refreshTokens.usersRevoked).containsExactly(user.id());
        assertThat(fixture.integrationEvents.securityEvents).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(SecurityAction.PASSWORD_CHANGED);
            assertThat(event.outcome()).isEqualTo(SecurityEvent.Outcome.SUCCESS);
        });
    }

    @Test
    void aWrongCurrentPasswordIsAuditedAndChangesNothing() {
        User user = fixture.existingUser("ana@example.com");

        assertThatThrownBy(() -> changingPassword.change(
                new ChangePasswordCommand(user.id(), "not the password", new Password(NEW_PASSWORD), CLIENT)))
                .isInstanceOf(WrongPassword.class);

        assertThat(fixture.users.findById(user.id())).contains(user);
        assertThat(fixture.refreshTokens.usersRevoked).isEmpty();
        assertThat(fixture.integrationEvents.securityEvents).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(SecurityAction.PASSWORD_CHANGED);
            assertThat(event.outcome()).isEqualTo(SecurityEvent.Outcome.FAILURE);
        });
    }

    @Test
    void refusesANewPasswordThePolicyForbids() {
        User user = fixture.existingUser("ana@example.com");

        assertThatThrownBy(() -> changingPassword.change(
                new ChangePasswordCommand(user.id(), PASSWORD, new Password("Password123!"), CLIENT)))
                .isInstanceOf(PasswordPolicyViolation.class);

        assertThat(fixture.users.findById(user.id())).contains(user);
        assertThat(fixture.refreshTokens.usersRevoked).isEmpty();
    }

    @Test
    void refusesADisabledAccount() {
        User user = fixture.disabledUser("ana@example.com");

        assertThatThrownBy(() -> changingPassword.change(
                new ChangePasswordCommand(user.id(), PASSWORD, new Password(NEW_PASSWORD), CLIENT)))
                .isInstanceOf(DisabledAccountNotPermitted.class);

        assertThat(fixture.users.findById(user.id())).contains(user);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    @Test
    void answersNotFoundForAnAccountThatNoLongerExists() {
        assertThatThrownBy(() -> changingPassword.change(
                new ChangePasswordCommand(UUID.randomUUID(), PASSWORD, new Password(NEW_PASSWORD), CLIENT)))
                .isInstanceOf(UserNotFound.class);
    }
}
