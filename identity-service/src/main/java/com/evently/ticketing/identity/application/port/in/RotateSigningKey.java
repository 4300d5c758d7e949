package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.platform.domain.Caller;

import java.time.Duration;
import java.util.Optional;

/**
 * A new key starts signing access tokens. The one it replaces is retired: it keeps verifying, and stays in the
 * JWKS, until no token it signed can be valid any more (the access-token lifetime plus the verifiers' clock
 * skew), however many rotations follow; keys retired longer ago are deleted.
 */
public interface RotateSigningKey {

    /** @throws NotAllowedException unless the actor is an administrator */
    SigningKey rotate(Caller actor, ClientAddress clientAddress);

    /**
     * The scheduled rotation: rotates only when the active key is at least {@code maxAge} old, so replicas
     * running the same schedule rotate once between them, not once each.
     */
    Optional<SigningKey> rotateIfOlderThan(Duration maxAge);
}
