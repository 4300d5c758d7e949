package com.evently.ticketing.ticket.adapter.out.jose;

import com.evently.ticketing.ticket.application.port.out.PassReading;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.evently.ticketing.ticket.domain.PassClaims;
import com.evently.ticketing.ticket.domain.PassKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JwsPassTokensTest {

    private final SecureRandom random = new SecureRandom();
    private final Instant now = Instant.parse("2027-02-01T10:00:00Z");
    private final PassKey key = PassKey.generate(random, now);
    private final JwsPassTokens tokens = new JwsPassTokens();
    private final PassClaims claims = new PassClaims(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), "AD", Instant.parse("2027-02-28T09:00:00Z"), Instant.parse("2027-03-01T23:00:00Z"));

    @Test
    void readsBackWhatItSignedWithTheKeyNamedInTheHeader() throws Exception {
        CheckInPass pass = tokens.sign(claims, key);

        assertThat(tokens.read(pass.token(), List.of(key.verificationKey()))).isEqualTo(new PassReading.Verified(claims));
        assertThat(JWSObject.parse(pass.token()).getHeader().getKeyID()).isEqualTo(key.keyId());
        assertThat(JWSObject.parse(pass.token()).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    }

    @Test
    void passWithoutWindowReadsBackWithoutOne() {
        PassClaims untimed = new PassClaims(claims.ticketId(), claims.eventId(), claims.sessionId(),
                claims.ticketTypeId(), "AD", null, null);

        assertThat(tokens.read(tokens.sign(untimed, key).token(), List.of(key.verificationKey())))
                .isEqualTo(new PassReading.Verified(untimed));
    }

    @Test
    void passIsSmallEnoughForAnEasilyReadQrCode() {
        // about 350 characters: a version 14 QR code at error correction M, 73 modules a side
        assertThat(tokens.sign(claims, key).token()).hasSizeLessThan(360);
    }

    @Test
    void alteredClaimsAreUnreadable() throws Exception {
        String[] parts = tokens.sign(claims, key).token().split("\\.");
        String claimsJson = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherTicket = claimsJson.replace("\"h\":\"AD\"", "\"h\":\"ZZ\"");
        String altered = parts[0] + "." + Base64URL.encode(otherTicket) + "." + parts[2];

        assertThat(tokens.read(altered, List.of(key.verificationKey()))).isInstanceOf(PassReading.Unreadable.class);
    }

    @Test
    void passSignedByAnotherKeyUnderAKnownKeyIdIsUnreadable() {
        PassKey impostor = PassKey.generate(random, now);
        PassKey sameIdOtherKey = new PassKey(key.keyId(), impostor.publicKey(), impostor.privateKey(), now);

        assertThat(tokens.read(tokens.sign(claims, sameIdOtherKey).token(), List.of(key.verificationKey())))
                .isInstanceOf(PassReading.Unreadable.class);
    }

    @Test
    void passSignedByAnUnpublishedKeyIsUnreadable() {
        PassKey unpublished = PassKey.generate(random, now);

        assertThat(tokens.read(tokens.sign(claims, unpublished).token(), List.of(key.verificationKey())))
                .isInstanceOf(PassReading.Unreadable.class);
    }

    @Test
    void unsignedOrSymmetricallySignedPassesAreUnreadable() throws Exception {
        String claimsPart = tokens.sign(claims, key).token().split("\\.")[1];
        String unsigned = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"" + key.keyId() + "\"}") + "." + claimsPart + ".";
        JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.keyId()).build(),
                new Payload(Base64URL.from(claimsPart)));
        hmac.sign(new MACSigner(key.publicKey().getEncoded().length >= 32
                ? key.publicKey().getEncoded() : new byte[32]));

        assertThat(tokens.read(unsigned, List.of(key.verificationKey()))).isInstanceOf(PassReading.Unreadable.class);
        assertThat(tokens.read(hmac.serialize(), List.of(key.verificationKey())))
                .isInstanceOf(PassReading.Unreadable.class);
    }

    @Test
    void garbageAndLegacyPayloadsAreUnreadable() throws Exception {
        JWSObject notAPass = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).build(),
                new Payload("{\"t\":\"short\"}"));
        notAPass.sign(new ECDSASigner(key.privateKey()));

        for (String text : new String[]{null, "", "TKT1:" + UUID.randomUUID() + ":ABC", "a.b.c", "x".repeat(5000),
                notAPass.serialize()}) {
            assertThat(tokens.read(text, List.of(key.verificationKey()))).as(String.valueOf(text))
                    .isInstanceOf(PassReading.Unreadable.class);
        }
    }
}
