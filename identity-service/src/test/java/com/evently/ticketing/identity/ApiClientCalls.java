package com.evently.ticketing.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API clients and their tokens, over HTTP the way an organizer and a partner's integration use them. */
final class ApiClientCalls {

    private final RestTestClient client;
    private final JdbcClient jdbc;

    ApiClientCalls(RestTestClient client, JdbcClient jdbc) {
        this.client = client;
        this.jdbc = jdbc;
    }

    /** The id of a freshly registered account that is made an ORGANIZER. */
    String organizer(IdentityClient identity, Account account) {
        String id = identity.registered(account);
        jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (:id::uuid, 'ORGANIZER')").param("id", id).update();
        return id;
    }

    RestTestClient.ResponseSpec register(String accessToken, Object body) {
        return client.post().uri("/api/v1/api-clients")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    /** Registers a client and returns {@code clientId} and {@code clientSecret}. */
    Map<String, Object> registered(String accessToken, String name, String... scopes) {
        return register(accessToken, Map.of("name", name, "scopes", List.of(scopes)))
                .expectStatus().isCreated()
                .expectBody(IdentityClient.JSON_OBJECT).returnResult().getResponseBody();
    }

    RestTestClient.ResponseSpec rotate(String accessToken, Object clientId) {
        return client.post().uri("/api/v1/api-clients/{id}/rotate-secret", clientId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .exchange();
    }

    RestTestClient.ResponseSpec revoke(String accessToken, Object clientId) {
        return client.delete().uri("/api/v1/api-clients/{id}", clientId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .exchange();
    }

    /** The token request with HTTP Basic client authentication. */
    RestTestClient.ResponseSpec tokenWithBasic(Object clientId, Object secret, String form) {
        String credentials = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return client.post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange();
    }

    RestTestClient.ResponseSpec token(String form) {
        return client.post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange();
    }

    /** The access token granted to a client with valid credentials. */
    String accessToken(Map<String, Object> registered) {
        return (String) tokenWithBasic(registered.get("clientId"), registered.get("clientSecret"),
                "grant_type=client_credentials")
                .expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT).returnResult().getResponseBody().get("access_token");
    }

    static JWTClaimsSet claimsOf(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("Not a JWT: " + e.getMessage());
        }
    }

    static String randomId() {
        return UUID.randomUUID().toString();
    }
}
