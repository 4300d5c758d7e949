package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.SuccessorSeal;
import com.evently.ticketing.identity.domain.SecretToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Opens only for the used token and row it was made for, like the AES-GCM seal, but readable: its secrecy is
 * {@code AesGcmSuccessorSeal}'s concern, not the use case's.
 */
final class TransparentSuccessorSeal implements SuccessorSeal {

    @Override
    public String seal(SecretToken successor, SecretToken used, UUID usedTokenId) {
        return binding(used, usedTokenId) + successor.value();
    }

    @Override
    public Optional<SecretToken> open(String sealed, SecretToken used, UUID usedTokenId) {
        String binding = binding(used, usedTokenId);
        return sealed.startsWith(binding)
                ? Optional.of(new SecretToken(sealed.substring(binding.length())))
                : Optional.empty();
    }

    private static String binding(SecretToken used, UUID usedTokenId) {
        return usedTokenId + "|" + used.hash().hex() + "|";
    }
}
