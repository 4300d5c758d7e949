package com.evently.ticketing.ticket.adapter.out.jose;

import com.evently.ticketing.ticket.application.port.out.PassReading;
import com.evently.ticketing.ticket.application.port.out.PassTokens;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.evently.ticketing.ticket.domain.PassClaims;
import com.evently.ticketing.ticket.domain.PassKey;
import com.evently.ticketing.ticket.domain.PassVerificationKey;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;

import java.nio.ByteBuffer;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Passes as compact JWS (RFC 7515) signed ES256 with Nimbus JOSE. Short enough for a QR code that a phone reads
 * off a cracked screen: one-letter claim names, ids as 22 base64url characters instead of 36, times in epoch
 * seconds, and only {@code alg} and {@code kid} in the header (about 350 characters in all).
 * <p>
 * Claims: {@code t} ticket, {@code e} event, {@code s} session, {@code y} ticket type, {@code h} holder initials,
 * {@code nbf}/{@code exp} the check-in window (RFC 7519 names, absent when the session time is unknown).
 */
public class JwsPassTokens implements PassTokens {

    /** Far above a real pass; a longer text is refused before any parsing. */
    private static final int MAX_TOKEN_LENGTH = 2_048;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    @Override
    public CheckInPass sign(PassClaims claims, PassKey key) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("t", compact(claims.ticketId()));
        payload.put("e", compact(claims.eventId()));
        payload.put("s", compact(claims.sessionId()));
        payload.put("y", compact(claims.ticketTypeId()));
        payload.put("h", claims.holderInitials());
        if (claims.notBefore() != null) {
            payload.put("nbf", claims.notBefore().getEpochSecond());
        }
        if (claims.notAfter() != null) {
            payload.put("exp", claims.notAfter().getEpochSecond());
        }
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).build(),
                new Payload(payload));
        try {
            jws.sign(new ECDSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a pass with key " + key.keyId(), e);
        }
        return new CheckInPass(jws.serialize());
    }

    @Override
    public PassReading read(String token, List<PassVerificationKey> keys) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return new PassReading.Unreadable("empty or oversized");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(token.strip());
        } catch (ParseException e) {
            return new PassReading.Unreadable("not a JWS");
        }
        // the algorithm is pinned: "none", HS256 keyed with the public key and the like are refused outright
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            return new PassReading.Unreadable("algorithm " + jws.getHeader().getAlgorithm());
        }
        Optional<PassVerificationKey> key = keys.stream()
                .filter(candidate -> candidate.keyId().equals(jws.getHeader().getKeyID()))
                .findFirst();
        if (key.isEmpty()) {
            return new PassReading.Unreadable("unknown key " + jws.getHeader().getKeyID());
        }
        try {
            if (!jws.verify(new ECDSAVerifier(key.get().publicKey()))) {
                return new PassReading.Unreadable("signature does not verify");
            }
            return new PassReading.Verified(claimsOf(jws.getPayload().toJSONObject()));
        } catch (JOSEException | RuntimeException e) {
            return new PassReading.Unreadable("unusable claims or key: " + e.getClass().getSimpleName());
        }
    }

    private static PassClaims claimsOf(Map<String, Object> payload) {
        if (payload == null) {
            throw new IllegalArgumentException("no JSON object");
        }
        return new PassClaims(uuid(payload.get("t")), uuid(payload.get("e")), uuid(payload.get("s")),
                uuid(payload.get("y")), (String) payload.get("h"), instant(payload.get("nbf")),
                instant(payload.get("exp")));
    }

    private static String compact(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return BASE64URL.encodeToString(bytes.array());
    }

    private static UUID uuid(Object claim) {
        byte[] bytes = BASE64URL_DECODER.decode((String) claim);
        if (bytes.length != 16) {
            throw new IllegalArgumentException("an id is 16 bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static Instant instant(Object claim) {
        return claim == null ? null : Instant.ofEpochSecond(((Number) claim).longValue());
    }
}
