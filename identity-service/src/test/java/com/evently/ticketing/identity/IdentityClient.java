package com.evently.ticketing.identity;

import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
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

    /** Registers the account and returns its id. */
    String registered(Account account) {
        return (String) register(account).get("id");
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

    String refreshTokenOf(Account account) {
        return (String) logIn(account).get("refreshToken");
    }

    RestTestClient.ResponseSpec refresh(String refreshToken) {
        return client.post().uri("/api/v1/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refreshToken", refreshToken))
                .exchange();
    }

    void logOut(String refreshToken) {
        client.post().uri("/api/v1/auth/logout")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refreshToken", refreshToken))
                .exchange()
                .expectStatus().isNoContent();
    }

    RestTestClient.ResponseSpec me(String accessToken) {
        return client.get().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .exchange();
    }

    /** A registered account with the ADMIN role, promoted the way the start-up bootstrap does it. */
    Account administrator(BootstrappingAdministrator bootstrap) {
        Account admin = Account.fresh();
        register(admin);
        bootstrap.ensureAdministrator(new EmailAddress(admin.email()), new Password(admin.password()));
        return admin;
    }
}
