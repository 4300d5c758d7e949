package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.ServiceAccessTokenClaims;
import com.evently.ticketing.identity.domain.SigningKey;

/** Turns a service's claims into a signed access token, with the same keys as every other token. */
public interface ServiceAccessTokenSigner {

    String sign(ServiceAccessTokenClaims claims, SigningKey key);
}
