package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
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

    @Test
    void aUserIsNoClientAndHoldsNoScopes() {
        AuthenticatedUser user = new AuthenticatedUser(UUID.randomUUID(), "ada@example.com", "Ada", Set.of("USER"));

        assertThat(user.isClient()).isFalse();
        assertThat(user.scopes()).isEmpty();
        assertThat(user.hasScope("events:read")).isFalse();
    }

    @Test
    void aClientIsItsOrganizerWithTheRoleItsScopesNeedAndNoMore() {
        UUID organizer = UUID.randomUUID();
        Jwt token = Jwt.withTokenValue("token").header("alg", "ES256")
                .subject("client-1").claim("client_id", "client-1").claim("org", organizer.toString())
                .claim("scope", "events:read attendees:read").claim("roles", List.of("ADMIN"))
                .build();

        AuthenticatedUser client = AuthenticatedUser.from(token);

        assertThat(client.isClient()).isTrue();
        assertThat(client.clientId()).isEqualTo("client-1");
        assertThat(client.scopes()).containsExactlyInAnyOrder("events:read", "attendees:read");
        assertThat(client.caller()).isEqualTo(new Caller(organizer, Set.of(Role.ORGANIZER)));
    }

    @Test
    void readingTheCatalogueAloneGrantsNoRole() {
        assertThat(ClientScopes.rolesGrantedBy(Set.of("events:read"))).isEmpty();
        assertThat(ClientScopes.rolesGrantedBy(Set.of("events:read", "check-in:write"))).containsExactly("ORGANIZER");
        assertThat(ClientScopes.rolesGrantedBy(Set.of("admin:everything"))).isEmpty();
    }
}
