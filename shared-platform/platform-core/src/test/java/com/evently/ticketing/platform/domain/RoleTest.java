package com.evently.ticketing.platform.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTest {

    @Test
    void aRoleIsNamedInAnyLetterCase() {
        assertThat(Role.named(" organizer ")).isEqualTo(Role.ORGANIZER);
        assertThat(Role.named("ADMIN")).isEqualTo(Role.ADMIN);
    }

    @Test
    void aNameThatIsNoRoleIsTheCallersMistake() {
        assertThatThrownBy(() -> Role.named("SUPERUSER"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown role 'SUPERUSER'");
        assertThatThrownBy(() -> Role.named(null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aTokenGrantsTheRolesItNamesExactlyAndNothingForUnknownNames() {
        assertThat(Role.grantedBy(List.of("USER", "ORGANIZER", "SUPERUSER", "admin")))
                .containsExactlyInAnyOrder(Role.USER, Role.ORGANIZER);
        assertThat(Role.grantedBy(List.of())).isEmpty();
    }

    @Test
    void onlyAdminsAndOrganizersOrganizeEvents() {
        UUID id = UUID.randomUUID();
        assertThat(new Caller(id, Set.of(Role.USER)).mayOrganizeEvents()).isFalse();
        assertThat(new Caller(id, Set.of(Role.ORGANIZER)).mayOrganizeEvents()).isTrue();
        assertThat(new Caller(id, Set.of(Role.ADMIN)).mayOrganizeEvents()).isTrue();
        assertThat(new Caller(id, Set.of(Role.ADMIN)).isAdmin()).isTrue();
        assertThat(new Caller(id, Set.of(Role.USER, Role.ORGANIZER)).isAdmin()).isFalse();
    }
}
