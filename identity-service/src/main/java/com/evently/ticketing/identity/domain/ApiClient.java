package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A partner's machine credential: it acts for one organizer, within its scopes, and proves itself with a secret
 * the service keeps only as a hash ({@link SecretToken}: 256 random bits, so SHA-256 is enough). Rotating the
 * secret keeps the previous one working until {@link PreviousSecret#validUntil()}, so a partner can roll the new
 * one out without downtime; revoking stops every new token at once.
 *
 * @param previousSecret the secret replaced by the last rotation while it still works; null otherwise
 * @param revokedAt      null while the client may get tokens
 */
public record ApiClient(UUID id, UUID organizerId, String name, Set<ApiScope> scopes, TokenHash secretHash,
                        PreviousSecret previousSecret, UUID registeredBy, Instant registeredAt, Instant revokedAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public ApiClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
        name = validName(name);
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInput("an API client needs at least one scope");
        }
        scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }

    /** @param validUntil the old secret is refused from this instant on */
    public record PreviousSecret(TokenHash hash, Instant validUntil) {

        public PreviousSecret {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(validUntil, "validUntil");
        }
    }

    /** A client together with its secret in clear, which exists only in the response that hands it out. */
    public record WithSecret(ApiClient client, SecretToken secret) {
    }

    public static WithSecret register(UUID organizerId, String name, Set<ApiScope> scopes, UUID registeredBy,
                                      Instant now) {
        SecretToken secret = SecretToken.generate();
        return new WithSecret(new ApiClient(UUID.randomUUID(), organizerId, name, scopes, secret.hash(), null,
                registeredBy, now, null), secret);
    }

    /**
     * A new secret; the current one keeps working for {@code overlap}. A secret rotated out earlier stops at once:
     * only the latest previous secret is kept.
     *
     * @throws ApiClientRevokedConflict when the client is revoked
     */
    public WithSecret rotateSecret(Instant now, Duration overlap) {
        if (isRevoked()) {
            throw new ApiClientRevokedConflict(id);
        }
        SecretToken secret = SecretToken.generate();
        return new WithSecret(new ApiClient(id, organizerId, name, scopes, secret.hash(),
                new PreviousSecret(secretHash, now.plus(overlap)), registeredBy, registeredAt, null), secret);
    }

    /** Revoked from {@code now}; revoking again keeps the first time. */
    public ApiClient revoke(Instant now) {
        return isRevoked() ? this
                : new ApiClient(id, organizerId, name, scopes, secretHash, previousSecret, registeredBy, registeredAt, now);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Optional<Instant> revocation() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<PreviousSecret> previousSecretAt(Instant now) {
        return Optional.ofNullable(previousSecret).filter(previous -> now.isBefore(previous.validUntil()));
    }

    /** Whether {@code presented} is the current secret, or the previous one within its overlap. */
    public boolean acceptsSecret(SecretToken presented, Instant now) {
        TokenHash presentedHash = presented.hash();
        // compared in constant time, both of them, so that timing tells nothing about either secret
        boolean current = sameHash(secretHash, presentedHash);
        boolean previous = previousSecretAt(now).map(old -> sameHash(old.hash(), presentedHash)).orElse(false);
        return current | previous;
    }

    /**
     * The scopes a token gets: all of this client's when none are requested, else exactly those requested.
     *
     * @throws ScopeNotGranted when a requested scope is not this client's
     */
    public Set<ApiScope> scopesFor(Optional<Set<ApiScope>> requested) {
        if (requested.isEmpty()) {
            return scopes;
        }
        if (!scopes.containsAll(requested.get())) {
            throw new ScopeNotGranted();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(requested.get()));
    }

    private static boolean sameHash(TokenHash a, TokenHash b) {
        return MessageDigest.isEqual(a.hex().getBytes(StandardCharsets.US_ASCII), b.hex().getBytes(StandardCharsets.US_ASCII));
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("an API client needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidInput("an API client's name has at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }
}
