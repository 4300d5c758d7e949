package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.ApiClientRevokedConflict;
import com.evently.ticketing.identity.domain.ApiScope;
import com.evently.ticketing.identity.domain.ClientAccessTokenClaims;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiClientUseCasesTest extends UseCaseFixture {

    private static final Duration OVERLAP = Duration.ofHours(24);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final InMemoryApiClients apiClients = new InMemoryApiClients();
    private final List<ClientAccessTokenClaims> signed = new ArrayList<>();
    private final ManagingApiClients managing = new ManagingApiClients(apiClients, users, transactions, clock, OVERLAP);
    private final GrantingClientCredentials granting = new GrantingClientCredentials(apiClients, users,
            new OneActiveSigningKey(NOW), (claims, key) -> {
                signed.add(claims);
                return "token-" + signed.size();
            }, clock, TOKEN_LIFETIME);

    private final User organizer = existingUser("org@example.com", Role.ORGANIZER);

    @Test
    void organizerRegistersForItselfWithTheScopesAsked() {
        ApiClient.WithSecret registered = register(organizer, Optional.empty(), ApiScope.ATTENDEES_READ);

        assertThat(registered.client().organizerId()).isEqualTo(organizer.id());
        assertThat(registered.client().scopes()).containsExactly(ApiScope.ATTENDEES_READ);
        assertThat(apiClients.findById(registered.client().id()).orElseThrow().secretHash())
                .isEqualTo(registered.secret().hash());
    }

    @Test
    void aUserWithoutTheOrganizerRoleManagesNoClients() {
        User attendee = existingUser("ana@example.com");

        assertThatThrownBy(() -> register(attendee, Optional.empty(), ApiScope.EVENTS_READ))
                .isInstanceOf(OperationNotPermitted.class);
        assertThatThrownBy(() -> managing.list(callerOf(attendee), Optional.empty(), 0, 20))
                .isInstanceOf(OperationNotPermitted.class);
    }

    @Test
    void organizerCannotRegisterForAnotherOrganizer() {
        User other = existingUser("other@example.com", Role.ORGANIZER);

        assertThatThrownBy(() -> register(organizer, Optional.of(other), ApiScope.EVENTS_READ))
                .isInstanceOf(OperationNotPermitted.class);
        assertThat(apiClients.page(Optional.empty(), 0, 10).totalMatches()).isZero();
    }

    @Test
    void administratorRegistersOnlyForEnabledOrganizers() {
        User admin = existingUser("admin@example.com", Role.ADMIN);
        User attendee = existingUser("ana@example.com");
        User disabledOrganizer = existingUser("gone@example.com", Role.ORGANIZER).withEnabled(false);
        users.update(disabledOrganizer);

        assertThat(register(admin, Optional.of(organizer), ApiScope.EVENTS_WRITE).client().registeredBy())
                .isEqualTo(admin.id());
        assertThatThrownBy(() -> register(admin, Optional.of(attendee), ApiScope.EVENTS_WRITE))
                .isInstanceOf(NotAnOrganizerConflict.class);
        assertThatThrownBy(() -> register(admin, Optional.of(disabledOrganizer), ApiScope.EVENTS_WRITE))
                .isInstanceOf(NotAnOrganizerConflict.class);
    }

    @Test
    void grantGivesTheClientsScopesOrTheSubsetAsked() {
        ApiClient.WithSecret registered = register(organizer, Optional.empty(), ApiScope.EVENTS_READ,
                ApiScope.ATTENDEES_READ);

        assertThat(grant(registered, null).scopes()).containsExactly("events:read", "attendees:read");
        IssuedClientToken subset = grant(registered, "attendees:read");

        assertThat(subset.scopes()).containsExactly("attendees:read");
        assertThat(subset.expiresIn()).isEqualTo(TOKEN_LIFETIME);
        ClientAccessTokenClaims claims = signed.getLast();
        assertThat(claims.organizerId()).isEqualTo(organizer.id());
        assertThat(claims.clientId()).isEqualTo(registered.client().id());
        assertThat(claims.expiresAt()).isEqualTo(claims.issuedAt().plus(TOKEN_LIFETIME));
    }

    @Test
    void grantRefusesScopesBeyondTheClients() {
        ApiClient.WithSecret registered = register(organizer, Optional.empty(), ApiScope.EVENTS_READ);

        assertThatThrownBy(() -> grant(registered, "events:read events:write")).isInstanceOf(InvalidScope.class);
        assertThatThrownBy(() -> grant(registered, "everything")).isInstanceOf(InvalidScope.class);
        assertThat(signed).isEmpty();
    }

    @Test
    void rotatedOutSecretWorksOnlyDuringTheOverlap() {
        ApiClient.WithSecret registered = register(organizer, Optional.empty(), ApiScope.EVENTS_READ);
        ApiClient.WithSecret rotated = managing.rotateSecret(callerOf(organizer), registered.client().id());
        ApiClient.WithSecret old = new ApiClient.WithSecret(rotated.client(), registered.secret());

        assertThat(grant(old, null)).isNotNull();
        clock.advance(OVERLAP);

        assertThatThrownBy(() -> grant(old, null)).isInstanceOf(InvalidClient.class);
        assertThat(grant(rotated, null)).isNotNull();
    }

    @Test
    void rotatingTwiceEndsTheFirstSecretAtOnce() {
        ApiClient.WithSecret first = register(organizer, Optional.empty(), ApiScope.EVENTS_READ);
        managing.rotateSecret(callerOf(organizer), first.client().id());
        managing.rotateSecret(callerOf(organizer), first.client().id());

        assertThatThrownBy(() -> grant(first, null)).isInstanceOf(InvalidClient.class);
    }

    @Test
    void revokedClientGetsNoTokenAndCannotBeRotatedBack() {
        ApiClient.WithSecret registered = register(organizer, Optional.empty(), ApiScope.EVENTS_READ);

        managing.revoke(callerOf(organizer), registered.client().id());

        assertThatThrownBy(() -> grant(registered, null)).isInstanceOf(InvalidClient.class);
        assertThatThrownBy(() -> managing.rotateSecret(callerOf(organizer), registered.client().id()))
                .isInstanceOf(ApiClientRevokedConflict.class);
    }

    @Test
    void anotherOrganizersClientIsNotFound() {
        ApiClient.WithSecret registered = register(organizer, Optional.empty(), ApiScope.EVENTS_READ);
        User other = existingUser("other@example.com", Role.ORGANIZER);

        assertThatThrownBy(() -> managing.revoke(callerOf(other), registered.client().id()))
                .isInstanceOf(ApiClientNotFound.class);
        assertThat(managing.list(callerOf(other), Optional.empty(), 0, 20).clients()).isEmpty();
        assertThat(apiClients.findById(registered.client().id()).orElseThrow().isRevoked()).isFalse();
    }

    @Test
    void clientOfAnOrganizerWhoLostTheRoleGetsNoToken() {
        ApiClient.WithSecret registered = register(organizer, Optional.empty(), ApiScope.EVENTS_READ);
        users.update(organizer.withRoles(Set.of()));

        assertThatThrownBy(() -> grant(registered, null)).isInstanceOf(UnauthorizedClient.class);
    }

    @Test
    void malformedCredentialsAreAnInvalidClient() {
        assertThatThrownBy(() -> granting.grant(new ClientCredentialsGrant("not-a-uuid", "secret", Optional.empty())))
                .isInstanceOf(InvalidClient.class);
        assertThatThrownBy(() -> granting.grant(new ClientCredentialsGrant(null, null, Optional.empty())))
                .isInstanceOf(InvalidClient.class);
    }

    private ApiClient.WithSecret register(User actor, Optional<User> forOrganizer, ApiScope... scopes) {
        return managing.register(callerOf(actor), new RegisterApiClientCommand("Partner", Set.of(scopes),
                forOrganizer.map(User::id)));
    }

    private IssuedClientToken grant(ApiClient.WithSecret client, String scope) {
        return granting.grant(new ClientCredentialsGrant(client.client().id().toString(), client.secret().value(),
                Optional.ofNullable(scope)));
    }
}
