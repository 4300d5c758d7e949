package com.evently.ticketing.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Stands in for identity-service in other services' tests: a real ES256 key, its JWKS served over HTTP on
 * loopback, and signed access tokens shaped like identity's. Services validate them through their real
 * JWT path (JWKS fetch, signature, issuer, audience, expiry).
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "http://test-identity.local";
    public static final String AUDIENCE = "ticketing-api";

    private static volatile TestIdentityProvider instance;

    private final ECKey signingKey;
    private final HttpServer server;

    private TestIdentityProvider() {
        try {
            signingKey = new ECKeyGenerator(Curve.P_256).keyID("test-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
    }

    public static TestIdentityProvider get() {
        if (instance == null) {
            synchronized (TestIdentityProvider.class) {
                if (instance == null) {
                    instance = new TestIdentityProvider();
                }
            }
        }
        return instance;
    }

    public String jwksUri() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/.well-known/jwks.json";
    }

    /** The private key, for tests that forge tokens (wrong issuer, expired, another algorithm...). */
    public ECKey signingKey() {
        return signingKey;
    }

    /** A valid 15-minute access token for the user. */
    public String accessToken(TestUser user) {
        Instant now = Instant.now();
        return sign(claimsFor(user, now, now.plus(Duration.ofMinutes(15))).build());
    }

    /** Claims exactly as identity-service issues them, for tests that alter one of them. */
    public JWTClaimsSet.Builder claimsFor(TestUser user, Instant issuedAt, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user.id().toString())
                .claim("email", user.email())
                .claim("name", user.name())
                .claim("roles", user.roles())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt));
    }

    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
