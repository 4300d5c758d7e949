package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.Actor;
import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.SigningKey;

import java.time.Duration;
import java.util.Optional;

/**
 * A new key starts signing access tokens. The one it replaces keeps verifying (tokens it signed stay valid
 * until they expire); any older key is dropped from the JWKS.
 */
public interface RotateSigningKey {

    /** @throws NotAllowedException unless the actor is an administrator */
    SigningKey rotate(Actor actor, ClientAddress clientAddress);

    /**
     * The scheduled rotation: rotates only when the active key is at least {@code maxAge} old, so replicas
     * running the same schedule rotate once between them, not once each.
     */
    Optional<SigningKey> rotateIfOlderThan(Duration maxAge);
}
