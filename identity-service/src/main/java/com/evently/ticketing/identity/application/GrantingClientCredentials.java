package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.ApiClients;
import com.evently.ticketing.identity.application.port.out.ClientAccessTokenSigner;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.ApiScope;
import com.evently.ticketing.identity.domain.ClientAccessTokenClaims;
import com.evently.ticketing.identity.domain.ScopeNotGranted;
import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749 §4.4): an API client proves itself with its id and secret
 * and gets a short-lived access token for its organizer, with its scopes or the subset it asks for. Access
 * tokens cannot be revoked; a revoked client's tokens stop working when they expire, within the lifetime.
 */
public class GrantingClientCredentials {

    private final ApiClients apiClients;
    private final Users users;
    private final SigningKeys signingKeys;
    private final ClientAccessTokenSigner signer;
    private final Clock clock;
    private final Duration tokenLifetime;

    public GrantingClientCredentials(ApiClients apiClients, Users users, SigningKeys signingKeys,
                                     ClientAccessTokenSigner signer, Clock clock, Duration tokenLifetime) {
        this.apiClients = apiClients;
        this.users = users;
        this.signingKeys = signingKeys;
        this.signer = signer;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
    }

    /**
     * @throws InvalidClient      unknown client, wrong secret, or revoked client
     * @throws InvalidScope       a requested scope is unknown or not the client's
     * @throws UnauthorizedClient the organizer is disabled or no longer an organizer
     */
    public IssuedClientToken grant(ClientCredentialsGrant grant) {
        Instant now = clock.instant();
        ApiClient client = authenticated(grant, now);
        Set<ApiScope> scopes = scopesFor(client, grant.scope());
        boolean organizerMayAct = users.findById(client.organizerId())
                .filter(organizer -> organizer.enabled() && organizer.roles().contains(Role.ORGANIZER))
                .isPresent();
        if (!organizerMayAct) {
            throw new UnauthorizedClient();
        }
        // read on every grant, so a rotation on any replica takes effect everywhere at once
        SigningKey key = signingKeys.active()
                .orElseThrow(() -> new IllegalStateException("No active signing key: start-up did not ensure one"));
        String token = signer.sign(ClientAccessTokenClaims.of(client, scopes, now, tokenLifetime), key);
        return new IssuedClientToken(token, tokenLifetime, scopes.stream().sorted().map(ApiScope::value).toList());
    }

    private ApiClient authenticated(ClientCredentialsGrant grant, Instant now) {
        Optional<UUID> clientId = uuid(grant.clientId());
        Optional<SecretToken> secret = secret(grant.clientSecret());
        if (clientId.isEmpty() || secret.isEmpty()) {
            throw new InvalidClient();
        }
        return apiClients.findById(clientId.get())
                .filter(client -> !client.isRevoked())
                .filter(client -> client.acceptsSecret(secret.get(), now))
                .orElseThrow(InvalidClient::new);
    }

    private static Set<ApiScope> scopesFor(ApiClient client, Optional<String> requested) {
        try {
            Optional<Set<ApiScope>> asked = requested.filter(scope -> !scope.isBlank())
                    .map(scope -> ApiScope.allNamed(Arrays.asList(scope.strip().split(" +"))));
            return client.scopesFor(asked);
        } catch (InvalidInput | ScopeNotGranted refused) {
            throw new InvalidScope(refused.getMessage());
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<SecretToken> secret(String value) {
        try {
            return Optional.ofNullable(value).map(SecretToken::new);
        } catch (InvalidInput malformed) {
            return Optional.empty();
        }
    }
}
