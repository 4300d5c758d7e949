package com.evently.ticketing.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for identity-service in other services' tests: a real ES256 key, its JWKS served over HTTP on
 * loopback, and signed access tokens shaped like identity's. Services validate them through their real
 * JWT path (JWKS fetch, signature, issuer, audience, expiry).
 * <p>
 * It also serves identity's token endpoint for one service client ({@link #SERVICE_CLIENT_ID}, the client id and
 * secret {@link RealInfrastructure} gives every service), granting it service tokens with whatever internal scopes it
 * asks for, so that a service's calls to another's internal endpoints go through the real token fetch.
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "http://test-identity.local";
    public static final String AUDIENCE = "ticketing-api";
    public static final String SERVICE_CLIENT_ID = "test-service";
    public static final String SERVICE_CLIENT_SECRET = "test-service-client-secret";
    /** As identity issues service tokens by default. */
    public static final Duration SERVICE_TOKEN_LIFETIME = Duration.ofMinutes(5);

    private static volatile TestIdentityProvider instance;

    private final ECKey signingKey;
    private final HttpServer server;
    private final AtomicInteger serviceTokensIssued = new AtomicInteger();

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
        server.createContext("/oauth2/token", this::grantServiceToken);
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

    /** identity's token endpoint, as a service is configured with it. */
    public String tokenUri() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/oauth2/token";
    }

    /** How many service tokens the token endpoint handed out so far, to every test of this JVM. */
    public int serviceTokensIssued() {
        return serviceTokensIssued.get();
    }

    /** A valid service token of {@link #SERVICE_CLIENT_ID}, for tests that call an internal endpoint themselves. */
    public String serviceToken(String... scopes) {
        Instant now = Instant.now();
        return sign(serviceTokenClaims(SERVICE_CLIENT_ID, List.of(scopes), now, now.plus(SERVICE_TOKEN_LIFETIME)).build());
    }

    /**
     * Claims exactly as identity-service issues them to a service client: the client in {@code sub} and
     * {@code client_id}, its scopes, no organizer, no roles.
     */
    public JWTClaimsSet.Builder serviceTokenClaims(String clientId, List<String> scopes, Instant issuedAt,
                                                   Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes))
                .claim("name", clientId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt));
    }

    /**
     * Whether an {@code Authorization} header carries a service token this provider signed, unexpired, holding
     * {@code scope}: what a stand-in for a service's internal endpoint checks, as the platform does.
     */
    public boolean isServiceTokenWith(String authorization, String scope) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            String scopes = claims.getStringClaim("scope");
            return jwt.verify(new ECDSAVerifier(signingKey.toPublicJWK()))
                    && claims.getExpirationTime().toInstant().isAfter(Instant.now())
                    && claims.getClaim("client_id") != null && claims.getClaim("org") == null
                    && scopes != null && Arrays.asList(scopes.split(" ")).contains(scope);
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    /** The client-credentials grant for {@link #SERVICE_CLIENT_ID}, with HTTP Basic, as identity answers it. */
    private void grantServiceToken(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = formOf(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type"))) {
                respond(exchange, 400, "{\"error\":\"invalid_request\"}");
                return;
            }
            if (!(SERVICE_CLIENT_ID + ":" + SERVICE_CLIENT_SECRET).equals(basicCredentials(exchange))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"ticketing\"");
                respond(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            List<String> scopes = Arrays.stream(form.getOrDefault("scope", "").split(" "))
                    .filter(scope -> !scope.isBlank()).toList();
            if (scopes.isEmpty() || !scopes.stream().allMatch(scope -> scope.startsWith("internal:"))) {
                respond(exchange, 400, "{\"error\":\"invalid_scope\"}");
                return;
            }
            Instant now = Instant.now();
            String token = sign(serviceTokenClaims(SERVICE_CLIENT_ID, scopes, now, now.plus(SERVICE_TOKEN_LIFETIME)).build());
            serviceTokensIssued.incrementAndGet();
            respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + SERVICE_TOKEN_LIFETIME.toSeconds() + ",\"scope\":\"" + String.join(" ", scopes) + "\"}");
        }
    }

    /** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded. */
    private static String basicCredentials(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring("Basic ".length()).trim()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8) + ":"
                + URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    }

    private static Map<String, String> formOf(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
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
