package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.ticket.application.ListingPassKeys;
import com.evently.ticketing.ticket.application.RotatingPassKey;
import com.evently.ticketing.ticket.domain.PassKey;
import com.evently.ticketing.ticket.domain.PassVerificationKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The keys scanners verify passes with (RFC 7517 JWK Set), public like any JWKS: they let nobody sign. Rotating
 * is for administrators.
 */
@RestController
class CheckInKeysController {

    // a scanner that cached the set this long still verifies every pass: passes are never signed by a key
    // younger than the set it fetched, except right after a rotation, which old keys survive
    private static final CacheControl CACHE_FOR_FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5));

    private final ListingPassKeys listingPassKeys;
    private final RotatingPassKey rotatingPassKey;

    CheckInKeysController(ListingPassKeys listingPassKeys, RotatingPassKey rotatingPassKey) {
        this.listingPassKeys = listingPassKeys;
        this.rotatingPassKey = rotatingPassKey;
    }

    @Operation(operationId = "checkInKeys", summary = "The public keys check-in passes are signed with (JWKS)")
    @GetMapping(path = "/api/v1/check-in/keys", produces = {MediaType.APPLICATION_JSON_VALUE, "application/jwk-set+json"})
    ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok()
                .cacheControl(CACHE_FOR_FIVE_MINUTES)
                .body(jwkSetOf(listingPassKeys.verificationKeys()).toJSONObject());
    }

    @Operation(operationId = "rotateCheckInKey", summary = "Rotate the check-in pass signing key")
    @PostMapping("/api/v1/check-in/keys/rotate")
    RotatedKey rotate(AuthenticatedUser caller) {
        PassKey next = rotatingPassKey.rotate(caller.caller());
        return new RotatedKey(next.keyId(), next.createdAt());
    }

    record RotatedKey(String keyId, Instant createdAt) {
    }

    private static JWKSet jwkSetOf(List<PassVerificationKey> keys) {
        return new JWKSet(keys.stream()
                .<JWK>map(key -> new ECKey.Builder(Curve.P_256, key.publicKey())
                        .keyID(key.keyId())
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256)
                        .build())
                .toList());
    }
}
