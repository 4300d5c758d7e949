package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UserTest {

    private final Instant now = Instant.parse("2027-03-01T09:00:00Z");
    private final User ana = User.register(new EmailAddress("ana@example.com"), new PersonName("Ana"),
            Language.ENGLISH, new PasswordHash("$2a$10$notarealhashnotarealhashnotarealhashnotarealhashnotar"), Set.of(Role.USER), now)
            .aggregate();

    @Test
    void aRoleChangeKeepsTheUserRoleAndAnnouncesBeforeAndAfter() {
        UUID admin = UUID.randomUUID();

        Changed<User, RolesChanged> changed = ana.changeRoles(Set.of(Role.ORGANIZER), admin, now);

        assertThat(changed.aggregate().roles()).containsExactly(Role.USER, Role.ORGANIZER);
        assertThat(changed.event().previousRoles()).containsExactly(Role.USER);
        assertThat(changed.event().roles()).containsExactly(Role.USER, Role.ORGANIZER);
        assertThat(changed.event().changedBy()).isEqualTo(admin);
        assertThat(changed.event().changesAnything()).isTrue();
    }

    @Test
    void grantingRolesTheUserHasChangesNothing() {
        assertThat(ana.changeRoles(Set.of(Role.USER), null, now).event().changesAnything()).isFalse();
    }

    @Test
    void grantingRolesKeepsTheRolesTheUserHas() {
        User organizer = ana.withRoles(Set.of(Role.ORGANIZER));

        Changed<User, RolesChanged> granted = organizer.grantRoles(Set.of(Role.ADMIN), null, now);

        assertThat(granted.aggregate().roles()).containsExactly(Role.USER, Role.ORGANIZER, Role.ADMIN);
        assertThat(granted.event().previousRoles()).containsExactly(Role.USER, Role.ORGANIZER);
        assertThat(granted.event().changedBy()).isNull();
        assertThat(organizer.grantRoles(Set.of(Role.ORGANIZER), null, now).event().changesAnything()).isFalse();
    }

    @Test
    void aResetTokenKeepsOnlyTheHashOfTheSecretItsRequestCarries() {
        Changed<PasswordResetToken, PasswordResetIssued> issued =
                PasswordResetToken.issueFor(ana, now, Duration.ofMinutes(30));

        assertThat(issued.aggregate().hash()).isEqualTo(issued.event().token().hash());
        assertThat(issued.aggregate().userId()).isEqualTo(ana.id());
        assertThat(issued.event().expiresAt()).isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(issued.aggregate().isRedeemableAt(now.plusSeconds(1799))).isTrue();
        assertThat(issued.aggregate().isRedeemableAt(now.plusSeconds(1800))).isFalse();
    }
}
