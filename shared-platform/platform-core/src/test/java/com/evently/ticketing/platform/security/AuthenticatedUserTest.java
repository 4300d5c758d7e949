package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatedUserTest {

    @Test
    void theCallerCarriesTheIdAndTheRolesTheTokenNames() {
        UUID id = UUID.randomUUID();
        AuthenticatedUser user = new AuthenticatedUser(id, "ada@example.com", "Ada", Set.of("USER", "ADMIN"));

        assertThat(user.caller()).isEqualTo(new Caller(id, Set.of(Role.USER, Role.ADMIN)));
    }

    @Test
    void roleNamesTheSuiteDoesNotKnowGrantNothing() {
        AuthenticatedUser user = new AuthenticatedUser(UUID.randomUUID(), "ada@example.com", "Ada",
                Set.of("USER", "SUPERUSER", "admin"));

        assertThat(user.caller().roles()).containsExactly(Role.USER);
        assertThat(user.caller().isAdmin()).isFalse();
    }
}
