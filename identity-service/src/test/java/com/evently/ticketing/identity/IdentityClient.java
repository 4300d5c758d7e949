package com.evently.ticketing.identity;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.Map;

/** The calls most tests start with, made over HTTP like a client would. */
final class IdentityClient {

    static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final RestTestClient client;

    IdentityClient(RestTestClient client) {
        this.client = client;
    }

    Map<String, Object> register(Account account) {
        return client.post().uri("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.registration())
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JSON_OBJECT)
                .returnResult()
                .getResponseBody();
    }

    Map<String, Object> logIn(Account account) {
        return client.post().uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.credentials())
                .exchange()
                .expectStatus().isOk()
                .expectBody(JSON_OBJECT)
                .returnResult()
                .getResponseBody();
    }

    String accessTokenOf(Account account) {
        return (String) logIn(account).get("accessToken");
    }
}
