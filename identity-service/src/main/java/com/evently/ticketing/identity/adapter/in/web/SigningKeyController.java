package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.RotatingSigningKey;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SigningKeyController {

    private final RotatingSigningKey rotatingSigningKey;

    SigningKeyController(RotatingSigningKey rotatingSigningKey) {
        this.rotatingSigningKey = rotatingSigningKey;
    }

    /** For a suspected key leak, or to rotate on an operator's schedule rather than the built-in one. */
    @Operation(operationId = "rotateSigningKey", summary = "Rotate the token signing key")
    @PostMapping("/api/v1/admin/signing-keys/rotate")
    RotatedKeyResponse rotate(AuthenticatedUser caller, HttpServletRequest http) {
        SigningKey key = rotatingSigningKey.rotate(caller.caller(), ClientAddresses.of(http));
        return new RotatedKeyResponse(key.keyId());
    }

    record RotatedKeyResponse(String kid) {
    }
}
