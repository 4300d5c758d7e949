package com.evently.ticketing.identity.adapter.out.token;

import com.evently.ticketing.identity.application.port.out.AccessTokenSigner;
import com.evently.ticketing.identity.application.port.out.ClientAccessTokenSigner;
import com.evently.ticketing.identity.application.port.out.ServiceAccessTokenSigner;
import com.evently.ticketing.identity.domain.AccessTokenClaims;
import com.evently.ticketing.identity.domain.ApiScope;
import com.evently.ticketing.identity.domain.ClientAccessTokenClaims;
import com.evently.ticketing.identity.domain.ServiceAccessTokenClaims;
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
import java.util.stream.Collectors;

/**
 * Signs access tokens as ES256 JWTs with the claims every service reads (see platform-core's AuthenticatedUser):
 * users' tokens, API clients' tokens in the shape platform-core's ClientScopes describes, and services' tokens as its
 * InternalScopes describes them.
 */
public class JwtAccessTokenSigner implements AccessTokenSigner, ClientAccessTokenSigner, ServiceAccessTokenSigner {

    private final String issuer;
    private final String audience;

    public JwtAccessTokenSigner(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    @Override
    public String sign(AccessTokenClaims claims, SigningKey key) {
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
        return signed(claimSet, key);
    }

    /** RFC 9068's shape: {@code sub} and {@code client_id} name the client; no roles, only scopes. */
    @Override
    public String sign(ClientAccessTokenClaims claims, SigningKey key) {
        JWTClaimsSet claimSet = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(claims.clientId().toString())
                .claim("client_id", claims.clientId().toString())
                .claim("org", claims.organizerId().toString())
                .claim("scope", ApiScope.joined(claims.scopes()))
                .claim("name", claims.clientName())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.tokenId().toString())
                .build();
        return signed(claimSet, key);
    }

    /** Like a partner client's, but with no organizer: services act for nobody, within their internal scopes. */
    @Override
    public String sign(ServiceAccessTokenClaims claims, SigningKey key) {
        JWTClaimsSet claimSet = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(claims.clientId())
                .claim("client_id", claims.clientId())
                .claim("scope", claims.scopes().stream().sorted().collect(Collectors.joining(" ")))
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.tokenId().toString())
                .build();
        return signed(claimSet, key);
    }

    private static String signed(JWTClaimsSet claimSet, SigningKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(JOSEObjectType.JWT)
                .keyID(key.keyId())
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
