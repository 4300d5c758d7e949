package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ServiceAccessTokenClaims;
import com.evently.ticketing.identity.domain.ServiceClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantingServiceTokensTest extends UseCaseFixture {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String SECRET = "event-service-secret-0123456789abcdef";
    private static final String PREVIOUS = "event-service-old-secret-0123456789abc";

    private final List<ServiceAccessTokenClaims> signed = new ArrayList<>();
    private final GrantingServiceTokens granting = new GrantingServiceTokens(new ServiceClient.Registry(List.of(
            ServiceClient.withSecrets("event-service", List.of(SECRET, PREVIOUS),
                    Set.of("internal:booking-inventory", "internal:ticket-documents")))),
            new OneActiveSigningKey(NOW), (claims, key) -> {
                signed.add(claims);
                return "service-token-" + signed.size();
            }, clock, LIFETIME);

    @Test
    void grantsTheServiceItsScopesOrTheSubsetAskedForTheTokenLifetime() {
        IssuedClientToken all = granting.grant(grant("event-service", SECRET, null)).orElseThrow();
        IssuedClientToken one = granting.grant(grant("event-service", SECRET, "internal:booking-inventory")).orElseThrow();

        assertThat(all.scopes()).containsExactly("internal:booking-inventory", "internal:ticket-documents");
        assertThat(one.scopes()).containsExactly("internal:booking-inventory");
        assertThat(one.expiresIn()).isEqualTo(LIFETIME);
        ServiceAccessTokenClaims claims = signed.getLast();
        assertThat(claims.clientId()).isEqualTo("event-service");
        assertThat(claims.expiresAt()).isEqualTo(claims.issuedAt().plus(LIFETIME));
    }

    @Test
    void acceptsThePreviousSecretDuringARotation() {
        assertThat(granting.grant(grant("event-service", PREVIOUS, null))).isPresent();
    }

    @Test
    void refusesAWrongOrMissingSecretAsAnInvalidClient() {
        assertThatThrownBy(() -> granting.grant(grant("event-service", "not-the-secret", null)))
                .isInstanceOf(InvalidClient.class);
        assertThatThrownBy(() -> granting.grant(grant("event-service", "", null))).isInstanceOf(InvalidClient.class);
        assertThatThrownBy(() -> granting.grant(grant("event-service", null, null))).isInstanceOf(InvalidClient.class);
        assertThat(signed).isEmpty();
    }

    @Test
    void refusesScopesThatAreNotTheServices() {
        assertThatThrownBy(() -> granting.grant(grant("event-service", SECRET, "internal:something-else")))
                .isInstanceOf(InvalidScope.class);
        assertThatThrownBy(() -> granting.grant(grant("event-service", SECRET, "events:read")))
                .isInstanceOf(InvalidScope.class);
    }

    @Test
    void leavesAnyOtherClientToThePartnersGrant() {
        assertThat(granting.grant(grant("3f1c2d4e-0000-4000-8000-000000000001", SECRET, null))).isEmpty();
        assertThat(granting.grant(grant("notification-service", SECRET, null))).isEmpty();
    }

    private static ClientCredentialsGrant grant(String clientId, String secret, String scope) {
        return new ClientCredentialsGrant(clientId, secret, Optional.ofNullable(scope));
    }
}
