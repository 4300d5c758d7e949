package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A new key starts signing access tokens. The one it replaces is retired: it keeps verifying, and stays in the
 * JWKS, until no token it signed can be valid any more (the access-token lifetime plus the verifiers' clock
 * skew), however many rotations follow; keys retired longer ago are deleted.
 */
public class RotatingSigningKey {

    private final SigningKeys signingKeys;
    private final VerificationKeyCache verificationKeyCache;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public RotatingSigningKey(SigningKeys signingKeys, VerificationKeyCache verificationKeyCache,
                              IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        this.signingKeys = signingKeys;
        this.verificationKeyCache = verificationKeyCache;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws OperationNotPermitted unless the actor is an administrator */
    public SigningKey rotate(Caller actor, ClientAddress clientAddress) {
        if (!actor.isAdmin()) {
            throw new OperationNotPermitted("rotate signing keys");
        }
        SigningKey next = transactions.inTransaction(() -> {
            signingKeys.holdRotationLock();
            return rotateNow(actor.id(), clientAddress, "rotated by an administrator");
        });
        // after the commit: a read in between would otherwise keep the old keys for the cache's lifetime
        verificationKeyCache.forget();
        return next;
    }

    /**
     * The scheduled rotation: rotates only when the active key is at least {@code maxAge} old, so replicas
     * running the same schedule rotate once between them, not once each.
     */
    public Optional<SigningKey> rotateIfOlderThan(Duration maxAge) {
        Optional<SigningKey> next = transactions.inTransaction(() -> {
            // the age is read under the lock: a replica that waited sees the key another one just made
            signingKeys.holdRotationLock();
            Instant now = clock.instant();
            boolean due = signingKeys.active().map(key -> !key.createdAt().plus(maxAge).isAfter(now)).orElse(true);
            return due ? Optional.of(rotateNow(null, null, "scheduled rotation, every " + maxAge)) : Optional.empty();
        });
        next.ifPresent(rotated -> verificationKeyCache.forget());
        return next;
    }

    private SigningKey rotateNow(UUID actorId, ClientAddress clientAddress, String reason) {
        Instant now = clock.instant();
        SigningKey next = SigningKey.generate(now);
        signingKeys.rotateTo(next);
        // keys retired longer ago than any token they signed can live are of no use to anyone
        signingKeys.deleteRetiredBefore(now.minus(verificationKeyCache.publishedAfterRetirement()));
        integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.SIGNING_KEY_ROTATED, now)
                .by(actorId).from(clientAddress).detail(reason + "; new key " + next.keyId()));
        return next;
    }
}
