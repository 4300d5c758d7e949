package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailTakenConflict;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.User;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.identity.application.UseCaseFixture.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ViewingProfile} and {@link UpdatingProfile}. */
class ProfileUseCasesTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final ViewingProfile viewingProfile = new ViewingProfile(fixture.users);
    private final UpdatingProfile updatingProfile = new UpdatingProfile(fixture.users, fixture.integrationEvents,
            fixture.transactions, fixture.clock);

    @Test
    void viewingAnAccountThatNoLongerExistsIsNotFound() {
        assertThatThrownBy(() -> viewingProfile.profileOf(UUID.randomUUID())).isInstanceOf(UserNotFound.class);
    }

    @Test
    void viewingReturnsTheCallersOwnAccount() {
        User user = fixture.existingUser("ana@example.com");

        assertThat(viewingProfile.profileOf(user.id())).isEqualTo(user);
    }

    @Test
    void changingTheAddressIsAuditedWithThePreviousOne() {
        User user = fixture.existingUser("ana@example.com");

        User after = updatingProfile.update(new UpdateProfileCommand(user.id(),
                Optional.of(new EmailAddress("ana.lima@example.com")), Optional.empty(), Optional.empty(), CLIENT));

        assertThat(after.email().value()).isEqualTo("ana.lima@example.com");
        assertThat(after.name()).isEqualTo(user.name());
        assertThat(fixture.users.findById(user.id())).contains(after);
        assertThat(fixture.integrationEvents.securityEvents).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(SecurityAction.EMAIL_CHANGED);
            assertThat(event.detail()).contains("ana@example.com");
        });
    }

    @Test
    void changingOnlyTheNameIsAnnouncedButNotAudited() {
        User user = fixture.existingUser("ana@example.com");

        User after = updatingProfile.update(new UpdateProfileCommand(user.id(), Optional.empty(),
                Optional.of(new PersonName("Ana Maria Lima")), Optional.empty(), CLIENT));

        assertThat(after.name().value()).isEqualTo("Ana Maria Lima");
        assertThat(fixture.integrationEvents.securityEvents).isEmpty();
        assertThat(fixture.integrationEvents.profileChanges).singleElement()
                .satisfies(change -> assertThat(change.name()).isEqualTo(after.name()));
    }

    @Test
    void changingTheLanguageKeepsTheRestAndAnnouncesTheWholeProfile() {
        User user = fixture.existingUser("ana@example.com");

        User after = updatingProfile.update(new UpdateProfileCommand(user.id(), Optional.empty(), Optional.empty(),
                Optional.of(Language.GERMAN), CLIENT));

        assertThat(after.language()).isEqualTo(Language.GERMAN);
        assertThat(after.email()).isEqualTo(user.email());
        assertThat(after.name()).isEqualTo(user.name());
        assertThat(fixture.users.findById(user.id())).contains(after);
        assertThat(fixture.integrationEvents.profileChanges).singleElement().satisfies(change -> {
            assertThat(change.userId()).isEqualTo(user.id());
            assertThat(change.email()).isEqualTo(user.email());
            assertThat(change.language()).isEqualTo(Language.GERMAN);
        });
    }

    @Test
    void choosingTheLanguageAlreadyChosenChangesAndAnnouncesNothing() {
        User user = fixture.existingUser("ana@example.com");

        User after = updatingProfile.update(new UpdateProfileCommand(user.id(), Optional.empty(), Optional.empty(),
                Optional.of(user.language()), CLIENT));

        assertThat(after).isEqualTo(user);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    @Test
    void refusesAnAddressAnotherAccountHolds() {
        User user = fixture.existingUser("ana@example.com");
        fixture.existingUser("bruno@example.com");

        assertThatThrownBy(() -> updatingProfile.update(new UpdateProfileCommand(user.id(),
                Optional.of(new EmailAddress("Bruno@example.com")), Optional.empty(), Optional.empty(), CLIENT)))
                .isInstanceOf(EmailTakenConflict.class);

        assertThat(fixture.users.findById(user.id())).contains(user);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    @Test
    void refusesADisabledAccount() {
        User user = fixture.disabledUser("ana@example.com");

        assertThatThrownBy(() -> updatingProfile.update(new UpdateProfileCommand(user.id(), Optional.empty(),
                Optional.of(new PersonName("Someone Else")), Optional.empty(), CLIENT)))
                .isInstanceOf(DisabledAccountNotPermitted.class);

        assertThat(fixture.users.findById(user.id())).contains(user);
    }

    @Test
    void updatingAnAccountThatNoLongerExistsIsNotFound() {
        assertThatThrownBy(() -> updatingProfile.update(new UpdateProfileCommand(UUID.randomUUID(), Optional.empty(),
                Optional.of(new PersonName("Nobody")), Optional.empty(), CLIENT)))
                .isInstanceOf(UserNotFound.class);
    }
}
