package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.EmailTakenConflict;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolation;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import static com.evently.ticketing.identity.application.UseCaseFixture.CLIENT;
import static com.evently.ticketing.identity.application.UseCaseFixture.NOW;
import static com.evently.ticketing.identity.application.UseCaseFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisteringUserTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final RegisteringUser registeringUser = new RegisteringUser(fixture.users, fixture.passwordHashing,
            fixture.passwordPolicy, fixture.integrationEvents, fixture.transactions, fixture.clock);

    @Test
    void registersAnEnabledUserAndAnnouncesIt() {
        User user = registeringUser.register(command("Ana@Example.com", PASSWORD));

        assertThat(user.roles()).containsExactly(Role.USER);
        assertThat(user.enabled()).isTrue();
        assertThat(user.email().value()).isEqualTo("ana@example.com");
        assertThat(user.registeredAt()).isEqualTo(NOW);
        assertThat(fixture.users.findById(user.id())).contains(user);
        assertThat(fixture.passwordHashing.matches(PASSWORD, user.passwordHash())).isTrue();
        assertThat(fixture.integrationEvents.registrations).singleElement()
                .satisfies(event -> {
                    assertThat(event.userId()).isEqualTo(user.id());
                    assertThat(event.language()).isEqualTo(Language.GERMAN);
                });
        assertThat(user.language()).isEqualTo(Language.GERMAN);
        assertThat(fixture.integrationEvents.securityEvents).singleElement()
                .satisfies(event -> {
                    assertThat(event.action()).isEqualTo(SecurityAction.USER_REGISTERED);
                    assertThat(event.subjectUserId()).isEqualTo(user.id());
                    assertThat(event.clientAddress()).isEqualTo(CLIENT);
                });
    }

    @Test
    void refusesACommonPasswordAndStoresNothing() {
        assertThatThrownBy(() -> registeringUser.register(command("ana@example.com", "Password123!")))
                .isInstanceOf(PasswordPolicyViolation.class);

        assertThat(fixture.users.all()).isEmpty();
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    @Test
    void refusesAnAddressTakenInAnotherLetterCaseAndAnnouncesNothing() {
        fixture.existingUser("ana@example.com");

        assertThatThrownBy(() -> registeringUser.register(command("ANA@example.com", PASSWORD)))
                .isInstanceOf(EmailTakenConflict.class);

        assertThat(fixture.users.all()).hasSize(1);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    private static RegisterUserCommand command(String email, String password) {
        return new RegisterUserCommand(new EmailAddress(email), new Password(password), new PersonName("Ana Lima"),
                Language.GERMAN, CLIENT);
    }
}
