package com.evently.ticketing.identity.application;

import java.util.Optional;

/**
 * A token request of the client-credentials grant (RFC 6749 §4.4), as presented: the client's id and secret
 * unchecked, and the scope parameter if any.
 */
public record ClientCredentialsGrant(String clientId, String clientSecret, Optional<String> scope) {

    @Override
    public String toString() {
        return "ClientCredentialsGrant[clientId=" + clientId + ", clientSecret=hidden, scope=" + scope + "]";
    }
}
