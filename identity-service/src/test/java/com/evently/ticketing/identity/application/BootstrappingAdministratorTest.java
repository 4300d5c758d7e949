package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import static com.evently.ticketing.identity.application.UseCaseFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

class BootstrappingAdministratorTest {

    private static final EmailAddress ADMIN_EMAIL = new EmailAddress("admin@example.com");

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final BootstrappingAdministrator bootstrappingAdministrator = new BootstrappingAdministrator(fixture.users,
            fixture.passwordHashing, fixture.integrationEvents, fixture.transactions, fixture.clock);

    @Test
    void createsTheAdministratorWhileThereIsNone() {
        assertThat(bootstrappingAdministrator.ensureAdministrator(ADMIN_EMAIL, new Password(PASSWORD)))
                .isEqualTo(AdministratorBootstrapOutcome.CREATED);

        User admin = fixture.users.findByEmail(ADMIN_EMAIL).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.USER, Role.ADMIN);
        assertThat(fixture.integrationEvents.registrations).hasSize(1);
    }

    @Test
    void createsNoSecondAdministrator() {
        fixture.existingUser("first.admin@example.com", Role.ADMIN);

        assertThat(bootstrappingAdministrator.ensureAdministrator(ADMIN_EMAIL, new Password(PASSWORD)))
                .isEqualTo(AdministratorBootstrapOutcome.ADMINISTRATOR_EXISTS);

        assertThat(fixture.users.findByEmail(ADMIN_EMAIL)).isEmpty();
    }

    @Test
    void promotesAnExistingAccountOnlyWithTheConfiguredPassword() {
        User existing = fixture.existingUser(ADMIN_EMAIL.value());

        assertThat(bootstrappingAdministrator.ensureAdministrator(ADMIN_EMAIL, new Password("not the owner's password")))
                .isEqualTo(AdministratorBootstrapOutcome.PASSWORD_MISMATCH);
        assertThat(fixture.users.findById(existing.id()).orElseThrow().roles()).containsExactly(Role.USER);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();

        assertThat(bootstrappingAdministrator.ensureAdministrator(ADMIN_EMAIL, new Password(PASSWORD)))
                .isEqualTo(AdministratorBootstrapOutcome.PROMOTED);
        assertThat(fixture.users.findById(existing.id()).orElseThrow().roles()).containsExactly(Role.USER, Role.ADMIN);
        assertThat(fixture.integrationEvents.roleChanges).singleElement()
                .satisfies(change -> assertThat(change.roles()).containsExactly(Role.USER, Role.ADMIN));
    }

    @Test
    void leavesAnAdministratorUnchanged() {
        fixture.existingUser(ADMIN_EMAIL.value(), Role.ADMIN);

        assertThat(bootstrappingAdministrator.ensureAdministrator(ADMIN_EMAIL, new Password(PASSWORD)))
                .isEqualTo(AdministratorBootstrapOutcome.UNCHANGED);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }
}
