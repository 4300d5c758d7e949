package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.SecretToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Seals a refresh token's successor with a key derived from the token it replaces, which the service keeps
 * only as a hash: whoever presents the used token can open the seal, the database alone cannot.
 */
public interface SuccessorSeal {

    /** @param usedTokenId the row the seal belongs to: a seal copied to another row does not open */
    String seal(SecretToken successor, SecretToken used, UUID usedTokenId);

    /** The successor, or empty when {@code used} is not the token the seal was made with (or it was altered). */
    Optional<SecretToken> open(String sealed, SecretToken used, UUID usedTokenId);
}
