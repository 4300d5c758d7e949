package com.evently.ticketing.identity.adapter.out.token;

import com.evently.ticketing.identity.application.port.out.AccessTokenSigner;
import com.evently.ticketing.identity.domain.AccessTokenClaims;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.platform.domain.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.util.Date;

/** Signs access tokens as ES256 JWTs with the claims every service reads (see platform-core's AuthenticatedUser). */
public class JwtAccessTokenSigner implements AccessTokenSigner {

    private final String issuer;
    private final String audience;

    public JwtAccessTokenSigner(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    @Override
    public String sign(AccessTokenClaims claims, SigningKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(JOSEObjectType.JWT)
                .keyID(key.keyId())
                .build();
        JWTClaimsSet claimSet = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(claims.userId().toString())
                .claim("email", claims.email().value())
                .claim("name", claims.name().value())
                .claim("roles", claims.roles().stream().map(Role::name).toList())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.tokenId().toString())
                .build();
        SignedJWT token = new SignedJWT(header, claimSet);
        try {
            token.sign(new ECDSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token with key " + key.keyId(), e);
        }
        return token.serialize();
    }
}
