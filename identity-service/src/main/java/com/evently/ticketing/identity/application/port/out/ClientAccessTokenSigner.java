package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.ClientAccessTokenClaims;
import com.evently.ticketing.identity.domain.SigningKey;

/** Turns an API client's claims into a signed access token, with the same keys as users' tokens. */
public interface ClientAccessTokenSigner {

    String sign(ClientAccessTokenClaims claims, SigningKey key);
}
