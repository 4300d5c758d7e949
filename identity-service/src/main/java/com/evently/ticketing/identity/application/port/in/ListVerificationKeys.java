package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.VerificationKey;

import java.util.List;

/** The public keys anyone may use to check the service's access tokens (its JWKS). */
public interface ListVerificationKeys {

    List<VerificationKey> verificationKeys();
}
