package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.ServiceAccessTokenSigner;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.ScopeNotGranted;
import com.evently.ticketing.identity.domain.ServiceAccessTokenClaims;
import com.evently.ticketing.identity.domain.ServiceClient;
import com.evently.ticketing.identity.domain.SigningKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client-credentials grant (RFC 6749 §4.4) for the suite's own services: a service proves itself with its id and
 * secret and gets a short-lived token with its internal scopes, or the subset it asks for, to call other services'
 * internal endpoints. Asked first by the token endpoint; a client id that names no service client is a partner's,
 * for {@link GrantingClientCredentials}.
 */
public class GrantingServiceTokens {

    private final ServiceClient.Registry serviceClients;
    private final SigningKeys signingKeys;
    private final ServiceAccessTokenSigner signer;
    private final Clock clock;
    private final Duration tokenLifetime;

    public GrantingServiceTokens(ServiceClient.Registry serviceClients, SigningKeys signingKeys,
                                 ServiceAccessTokenSigner signer, Clock clock, Duration tokenLifetime) {
        this.serviceClients = serviceClients;
        this.signingKeys = signingKeys;
        this.signer = signer;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
    }

    /**
     * @return empty when the client id names no service client
     * @throws InvalidClient a wrong secret
     * @throws InvalidScope  a requested scope that is not the service's
     */
    public Optional<IssuedClientToken> grant(ClientCredentialsGrant grant) {
        Optional<ServiceClient> named = serviceClients.named(grant.clientId());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        ServiceClient client = named.get();
        if (!client.acceptsSecret(grant.clientSecret())) {
            throw new InvalidClient();
        }
        Set<String> scopes;
        try {
            scopes = client.scopesFor(grant.scope().filter(scope -> !scope.isBlank())
                    .map(scope -> Arrays.stream(scope.strip().split(" +")).collect(Collectors.toSet())));
        } catch (ScopeNotGranted refused) {
            throw new InvalidScope(refused.getMessage());
        }
        Instant now = clock.instant();
        SigningKey key = signingKeys.active()
                .orElseThrow(() -> new IllegalStateException("No active signing key: start-up did not ensure one"));
        String token = signer.sign(ServiceAccessTokenClaims.of(client, scopes, now, tokenLifetime), key);
        return Optional.of(new IssuedClientToken(token, tokenLifetime, scopes.stream().sorted().toList()));
    }
}
