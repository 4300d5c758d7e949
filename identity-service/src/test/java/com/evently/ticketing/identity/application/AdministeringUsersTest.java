package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.identity.domain.UserSearch;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.identity.application.UseCaseFixture.CLIENT;
import static com.evently.ticketing.identity.application.UseCaseFixture.callerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministeringUsersTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final AdministeringUsers administeringUsers = new AdministeringUsers(fixture.users, fixture.refreshTokens,
            fixture.integrationEvents, fixture.transactions, fixture.clock);
    private final User admin = fixture.existingUser("admin@example.com", Role.ADMIN);
    private final User member = fixture.existingUser("member@example.com");

    @Test
    void refusesCallersWithoutTheAdminRole() {
        assertThatThrownBy(() -> administeringUsers.list(callerOf(member), firstPage()))
                .isInstanceOf(OperationNotPermitted.class);
        assertThatThrownBy(() -> administeringUsers.change(callerOf(member), enable(admin.id(), false)))
                .isInstanceOf(OperationNotPermitted.class);

        assertThat(fixture.users.findById(admin.id())).contains(admin);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    @Test
    void listsAccountsForAnAdministrator() {
        assertThat(administeringUsers.list(callerOf(admin), firstPage()).totalMatches()).isEqualTo(2);
    }

    @Test
    void refusesAnAdministratorDisablingThemselves() {
        assertThatThrownBy(() -> administeringUsers.change(callerOf(admin), enable(admin.id(), false)))
                .isInstanceOf(SelfLockoutConflict.class);

        assertThat(fixture.users.findById(admin.id()).orElseThrow().enabled()).isTrue();
        assertThat(fixture.transactions.started).isZero();
    }

    @Test
    void refusesAnAdministratorDroppingTheirOwnAdminRole() {
        assertThatThrownBy(() -> administeringUsers.change(callerOf(admin), roles(admin.id(), Set.of(Role.ORGANIZER))))
                .isInstanceOf(SelfLockoutConflict.class);

        assertThat(fixture.users.findById(admin.id()).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void answersNotFoundForAnUnknownAccount() {
        assertThatThrownBy(() -> administeringUsers.change(callerOf(admin), enable(UUID.randomUUID(), false)))
                .isInstanceOf(UserNotFound.class);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    @Test
    void disablingAnAccountRevokesItsRefreshTokensAndIsAudited() {
        User after = administeringUsers.change(callerOf(admin), enable(member.id(), false));

        assertThat(after.enabled()).isFalse();
        assertThat(fixture.users.findById(member.id())).contains(after);
        assertThat(fixture.refreshTokens.usersRevoked).containsExactly(member.id());
        assertThat(fixture.integrationEvents.securityEvents).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(SecurityAction.USER_DISABLED);
            assertThat(event.actorId()).isEqualTo(admin.id());
            assertThat(event.subjectUserId()).isEqualTo(member.id());
        });
        assertThat(fixture.integrationEvents.roleChanges).isEmpty();
    }

    @Test
    void changingRolesKeepsUserAndAnnouncesTheChange() {
        User after = administeringUsers.change(callerOf(admin), roles(member.id(), Set.of(Role.ORGANIZER)));

        assertThat(after.roles()).containsExactly(Role.USER, Role.ORGANIZER);
        assertThat(fixture.integrationEvents.roleChanges).singleElement().satisfies(event -> {
            assertThat(event.previousRoles()).containsExactly(Role.USER);
            assertThat(event.roles()).containsExactly(Role.USER, Role.ORGANIZER);
            assertThat(event.changedBy()).isEqualTo(admin.id());
        });
        assertThat(fixture.integrationEvents.securityEvents).extracting(event -> event.action())
                .containsExactly(SecurityAction.ROLES_CHANGED);
        assertThat(fixture.refreshTokens.usersRevoked).isEmpty();
    }

    @Test
    void aChangeThatChangesNothingAnnouncesNothing() {
        User after = administeringUsers.change(callerOf(admin), enable(member.id(), true));

        assertThat(after).isEqualTo(member);
        assertThat(fixture.integrationEvents.announcedNothing()).isTrue();
    }

    private static UserSearch firstPage() {
        return new UserSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 20);
    }

    private static ChangeUserCommand enable(UUID userId, boolean enabled) {
        return new ChangeUserCommand(userId, Optional.empty(), Optional.of(enabled), CLIENT);
    }

    private static ChangeUserCommand roles(UUID userId, Set<Role> roles) {
        return new ChangeUserCommand(userId, Optional.of(roles), Optional.empty(), CLIENT);
    }
}
