package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class TokenRefreshTest extends IdentityIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void exchangesARefreshTokenForANewPairShapedLikeALogin() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String first = identity.refreshTokenOf(account);

        Map<String, Object> refreshed = identity.refresh(first)
                .expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT)
                .returnResult()
                .getResponseBody();

        assertThat(refreshed).containsOnlyKeys("accessToken", "refreshToken", "tokenType", "expiresIn")
                .containsEntry("tokenType", "Bearer")
                .containsEntry("expiresIn", 900);
        String second = (String) refreshed.get("refreshToken");
        assertThat(second).isNotEqualTo(first);
        identity.me((String) refreshed.get("accessToken")).expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(userId);
        assertThat(jdbc.sql("SELECT used_at IS NOT NULL FROM refresh_tokens WHERE token_hash = :hash")
                .param("hash", sha256(first)).query(Boolean.class).single()).as("the first token is used up").isTrue();
        assertThat(jdbc.sql("SELECT count(DISTINCT family_id) FROM refresh_tokens WHERE user_id = CAST(:id AS uuid)")
                .param("id", userId).query(Long.class).single()).as("both in one family").isEqualTo(1);
    }

    @Test
    void parallelRefreshesOfOneTokenAllGetTheSameSuccessorAndKeepTheSession() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String first = identity.refreshTokenOf(account);

        List<HttpResponse<String>> answers = ParallelHttp.sendAtOnce(port, IntStream.range(0, 2)
                .mapToObj(tab -> ParallelHttp.Call.post("/api/v1/auth/refresh", Map.of("refreshToken", first), Map.of()))
                .toList());

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        List<String> successors = answers.stream().map(answer -> (String) json.readValue(answer.body(), Map.class)
                .get("refreshToken")).distinct().toList();
        assertThat(successors).as("both tabs continue with one token").hasSize(1);
        assertThat(refreshed(identity, successors.getFirst())).as("the family was not revoked").isNotBlank();
        assertThat(new Outbox(jdbc, json).auditEntries(userId, "REFRESH_TOKEN_REUSE_DETECTED")).isEmpty();
    }

    @Test
    void aRetriedRefreshGetsTheSameSuccessorWhichIsNotStoredInClear() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String first = identity.refreshTokenOf(account);
        String successor = refreshed(identity, first);

        String retried = refreshed(identity, first);

        assertThat(retried).isEqualTo(successor);
        assertThat(jdbc.sql("SELECT r::text FROM refresh_tokens r WHERE user_id = CAST(:id AS uuid)")
                .param("id", userId).query(String.class).list())
                .hasSize(2)
                .noneSatisfy(row -> assertThat(row).contains(successor));
        assertThat(refreshed(identity, successor)).isNotBlank();
    }

    @Test
    void refusesAnUnknownToken() {
        refusedAsInvalid(identity(), "an-unknown-refresh-token-of-plausible-length-x");
    }

    @Test
    void refusesAnExpiredToken() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        String token = identity.refreshTokenOf(account);
        jdbc.sql("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = :hash")
                .param("hash", sha256(token)).update();

        refusedAsInvalid(identity, token);
    }

    @Test
    void refusesAMissingTokenAsBadRequest() {
        client.post().uri("/api/v1/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString());
    }

    @Test
    void logoutEndsTheSessionOfItsRefreshToken() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String first = identity.refreshTokenOf(account);
        String current = refreshed(identity, first);

        logOut(first);

        refusedAsInvalid(identity, current);
        assertThat(new Outbox(jdbc, json).auditEntries(userId, "LOGOUT")).singleElement()
                .satisfies(entry -> assertThat(entry.get("actorId").asString()).isEqualTo(userId));
    }

    @Test
    void acceptsTheLogoutOfAnUnknownOrAlreadyRevokedToken() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        String token = identity.refreshTokenOf(account);

        logOut("an-unknown-refresh-token-of-plausible-length-x");
        logOut(token);
        logOut(token);
    }

    private void logOut(String refreshToken) {
        client.post().uri("/api/v1/auth/logout")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refreshToken", refreshToken))
                .exchange()
                .expectStatus().isNoContent();
    }

    static String refreshed(IdentityClient identity, String refreshToken) {
        return (String) identity.refresh(refreshToken)
                .expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT)
                .returnResult()
                .getResponseBody()
                .get("refreshToken");
    }

    static void refusedAsInvalid(IdentityClient identity, String refreshToken) {
        identity.refresh(refreshToken)
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(IdentityProblem.INVALID_REFRESH_TOKEN.type().toString());
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
