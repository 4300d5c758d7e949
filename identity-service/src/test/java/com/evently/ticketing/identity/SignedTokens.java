package com.evently.ticketing.identity;

import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.List;

/** What the tests read from an access token without verifying it (the service does that). */
final class SignedTokens {

    static List<String> rolesOf(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringListClaim("roles");
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + e.getMessage());
        }
    }

    static String keyIdOf(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + e.getMessage());
        }
    }

    private SignedTokens() {
    }
}
