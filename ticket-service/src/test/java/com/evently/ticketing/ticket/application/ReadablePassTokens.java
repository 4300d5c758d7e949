package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.PassReading;
import com.evently.ticketing.ticket.application.port.out.PassTokens;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.evently.ticketing.ticket.domain.PassClaims;
import com.evently.ticketing.ticket.domain.PassKey;
import com.evently.ticketing.ticket.domain.PassVerificationKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Passes as readable text ({@code pass:<kid>:<random>}) that remember their claims, so that the fast tests can see
 * which key "signed" what, and a text it never issued (or one naming a key that is not published) is unreadable.
 */
final class ReadablePassTokens implements PassTokens {

    private final Map<String, PassClaims> issued = new HashMap<>();

    @Override
    public CheckInPass sign(PassClaims claims, PassKey key) {
        String token = "pass:" + key.keyId() + ":" + UUID.randomUUID();
        issued.put(token, claims);
        return new CheckInPass(token);
    }

    @Override
    public PassReading read(String token, List<PassVerificationKey> keys) {
        PassClaims claims = issued.get(token);
        if (claims == null) {
            return new PassReading.Unreadable("never issued");
        }
        String keyId = token.split(":")[1];
        return keys.stream().anyMatch(key -> key.keyId().equals(keyId))
                ? new PassReading.Verified(claims)
                : new PassReading.Unreadable("unknown key");
    }

    PassClaims claimsOf(CheckInPass pass) {
        return issued.get(pass.token());
    }
}
