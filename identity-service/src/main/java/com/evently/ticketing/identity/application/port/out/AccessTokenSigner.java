package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.AccessTokenClaims;
import com.evently.ticketing.identity.domain.SigningKey;

/** Turns claims into the compact, signed access token clients send as a bearer token. */
public interface AccessTokenSigner {

    String sign(AccessTokenClaims claims, SigningKey key);
}
