package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of the suite's own services, calling other services' internal endpoints with tokens of the client-credentials
 * grant: a name for an id (never a UUID, so it cannot be taken for a partner's client), the internal scopes it may
 * hold, and its secret kept only as a hash, like a partner client's ({@link SecretToken}: SHA-256).
 *
 * @param secretHashes the current secret's, and during a rotation the previous one's: either is accepted
 */
public record ServiceClient(String id, List<TokenHash> secretHashes, Set<String> scopes) {

    public ServiceClient {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a service client needs an id");
        }
        secretHashes = List.copyOf(secretHashes);
        if (secretHashes.isEmpty()) {
            throw new IllegalArgumentException("service client " + id + " needs a secret");
        }
        scopes = Set.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("service client " + id + " needs at least one scope");
        }
    }

    /** Keeps the hashes of {@code secrets} and forgets them. */
    public static ServiceClient withSecrets(String id, List<String> secrets, Set<String> scopes) {
        return new ServiceClient(id, secrets.stream().map(secret -> new SecretToken(secret).hash()).toList(), scopes);
    }

    /** Whether {@code presented} is one of its secrets; every hash is compared, in constant time. */
    public boolean acceptsSecret(String presented) {
        Optional<TokenHash> presentedHash;
        try {
            presentedHash = Optional.ofNullable(presented).map(secret -> new SecretToken(secret).hash());
        } catch (InvalidInput malformed) {
            presentedHash = Optional.empty();
        }
        if (presentedHash.isEmpty()) {
            return false;
        }
        byte[] candidate = presentedHash.get().hex().getBytes(StandardCharsets.US_ASCII);
        boolean accepted = false;
        for (TokenHash hash : secretHashes) {
            accepted |= MessageDigest.isEqual(hash.hex().getBytes(StandardCharsets.US_ASCII), candidate);
        }
        return accepted;
    }

    /**
     * The scopes a token gets: all of this client's when none are requested, else exactly those requested.
     *
     * @throws ScopeNotGranted when a requested scope is not this client's
     */
    public Set<String> scopesFor(Optional<Set<String>> requested) {
        if (requested.isEmpty()) {
            return scopes;
        }
        if (!scopes.containsAll(requested.get())) {
            throw new ScopeNotGranted();
        }
        return Set.copyOf(requested.get());
    }

    @Override
    public String toString() {
        return "ServiceClient[id=" + id + ", scopes=" + scopes + ", secrets=" + secretHashes.size() + " hidden]";
    }

    /** The configured service clients, looked up by id. */
    public record Registry(List<ServiceClient> clients) {

        public Registry {
            clients = List.copyOf(clients);
            if (clients.stream().map(ServiceClient::id).distinct().count() != clients.size()) {
                throw new IllegalArgumentException("service client ids must be unique");
            }
        }

        public Optional<ServiceClient> named(String id) {
            return clients.stream().filter(client -> Objects.equals(client.id(), id)).findFirst();
        }
    }
}
