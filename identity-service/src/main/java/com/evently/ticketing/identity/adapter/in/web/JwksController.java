package com.evently.ticketing.identity.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** Publishes the verification keys (RFC 7517 JWK Set) that every service checks access tokens with. */
@RestController
class JwksController {

    // Verifiers may cache the set this long; a new key is published well before it signs anything they see.
    private static final CacheControl CACHE_FOR_FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5));

    private final VerificationKeySet verificationKeySet;

    JwksController(VerificationKeySet verificationKeySet) {
        this.verificationKeySet = verificationKeySet;
    }

    @Operation(operationId = "jwks", summary = "The public keys access tokens are signed with (JWKS)")
    @GetMapping(path = "/.well-known/jwks.json", produces = {MediaType.APPLICATION_JSON_VALUE, "application/jwk-set+json"})
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CACHE_FOR_FIVE_MINUTES)
                .body(verificationKeySet.current().toJSONObject());
    }
}
