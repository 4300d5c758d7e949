package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's flow: the refresh token travels in an HttpOnly cookie, only for requests that ask for it with
 * {@code X-Session-Cookie} from the UI's origin, and never in a body a script could read.
 */
@ServiceIntegrationTest
class SessionCookieTest extends IdentityIntegrationTest {

    private static final String UI_ORIGIN = "http://localhost:8080";
    private static final String COOKIE = "__Secure-refresh-token";

    @Test
    void loginSetsAnHttpOnlySecureStrictCookieForTheSignInPathsAndKeepsTheTokenOutOfTheBody() {
        Account account = registered();

        EntityExchangeResult<Map<String, Object>> login = cookieLogin(account, UI_ORIGIN)
                .expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT)
                .returnResult();

        assertThat(login.getResponseBody()).containsOnlyKeys("accessToken", "tokenType", "expiresIn");
        ResponseCookie cookie = sessionCookieOf(login);
        assertThat(cookie.getValue()).isNotBlank();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/api/v1/auth");
        assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofDays(30));
        identity().me((String) login.getResponseBody().get("accessToken")).expectStatus().isOk();
    }

    @Test
    void refreshReadsTheCookieRotatesItAndTheUsedOneFollowsTheUsualReuseRules() {
        String first = sessionCookieOf(cookieLogin(registered(), UI_ORIGIN).expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT).returnResult()).getValue();

        EntityExchangeResult<Map<String, Object>> refreshed = cookieCall("/api/v1/auth/refresh", first, UI_ORIGIN)
                .expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT)
                .returnResult();

        assertThat(refreshed.getResponseBody()).containsOnlyKeys("accessToken", "tokenType", "expiresIn");
        String second = sessionCookieOf(refreshed).getValue();
        assertThat(second).isNotEqualTo(first);
        identity().me((String) refreshed.getResponseBody().get("accessToken")).expectStatus().isOk();
        // the cookie's token is the JSON flow's token: API clients and the page share one rotation rule
        assertThat(TokenRefreshTest.refreshed(identity(), second)).isNotBlank();
    }

    @Test
    void logoutRevokesTheCookiesSessionAndClearsTheCookie() {
        String token = sessionCookieOf(cookieLogin(registered(), UI_ORIGIN).expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT).returnResult()).getValue();

        EntityExchangeResult<byte[]> logout = cookieCall("/api/v1/auth/logout", token, UI_ORIGIN)
                .expectStatus().isNoContent()
                .expectBody().returnResult();

        ResponseCookie cleared = sessionCookieOf(logout);
        assertThat(cleared.getValue()).isEmpty();
        assertThat(cleared.getMaxAge()).isEqualTo(Duration.ZERO);
        assertThat(cleared.getPath()).isEqualTo("/api/v1/auth");
        TokenRefreshTest.refusedAsInvalid(identity(), token);
    }

    @Test
    void aRefreshWithoutACookieIsRefusedAndTellsTheBrowserToForgetIt() {
        EntityExchangeResult<byte[]> refused = cookieCall("/api/v1/auth/refresh", null, UI_ORIGIN)
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.INVALID_REFRESH_TOKEN.type().toString())
                .returnResult();

        assertThat(sessionCookieOf(refused).getMaxAge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void anotherOriginOrNoOriginGetsNoCookieAndCannotSpendOne() {
        Account account = registered();
        String token = identity().refreshTokenOf(account);

        for (String origin : new String[]{"https://evil.example", null}) {
            cookieLogin(account, origin)
                    .expectStatus().isForbidden()
                    .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                    .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.UNTRUSTED_ORIGIN.type().toString());
            cookieCall("/api/v1/auth/refresh", token, origin)
                    .expectStatus().isForbidden()
                    .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
            cookieCall("/api/v1/auth/logout", token, origin).expectStatus().isForbidden();
        }
        // neither spent nor revoked the token
        assertThat(TokenRefreshTest.refreshed(identity(), token)).isNotBlank();
    }

    @Test
    void theCookieIsIgnoredWithoutTheHeaderSoAFormPostCannotUseIt() {
        Account account = registered();
        String token = identity().refreshTokenOf(account);

        client.post().uri("/api/v1/auth/refresh")
                .header(HttpHeaders.ORIGIN, UI_ORIGIN)
                .cookie(COOKIE, token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of())
                .exchange()
                .expectStatus().isBadRequest();

        assertThat(TokenRefreshTest.refreshed(identity(), token)).as("the token was not spent").isNotBlank();
    }

    @Test
    void theJsonFlowSetsNoCookie() {
        client.post().uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registered().credentials())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.refreshToken").isNotEmpty();
    }

    private RestTestClient.ResponseSpec cookieLogin(Account account, String origin) {
        RestTestClient.RequestBodySpec request = client.post().uri("/api/v1/auth/login")
                .header("X-Session-Cookie", "1");
        if (origin != null) {
            request.header(HttpHeaders.ORIGIN, origin);
        }
        return request.contentType(MediaType.APPLICATION_JSON).body(account.credentials()).exchange();
    }

    private RestTestClient.ResponseSpec cookieCall(String path, String token, String origin) {
        RestTestClient.RequestBodySpec request = client.post().uri(path).header("X-Session-Cookie", "1");
        if (origin != null) {
            request.header(HttpHeaders.ORIGIN, origin);
        }
        if (token != null) {
            request.cookie(COOKIE, token);
        }
        return request.exchange();
    }

    private static ResponseCookie sessionCookieOf(EntityExchangeResult<?> result) {
        List<String> setCookies = result.getResponseHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        assertThat(setCookies).as("Set-Cookie").hasSize(1);
        return parse(setCookies.getFirst());
    }

    /** The attributes of one Set-Cookie header, as the browser reads them. */
    private static ResponseCookie parse(String header) {
        String[] parts = header.split(";");
        String[] nameValue = parts[0].split("=", 2);
        assertThat(nameValue[0].strip()).isEqualTo(COOKIE);
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE, nameValue[1].strip());
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].strip().split("=", 2);
            switch (attribute[0].toLowerCase()) {
                case "path" -> cookie.path(attribute[1]);
                case "max-age" -> cookie.maxAge(Duration.ofSeconds(Long.parseLong(attribute[1])));
                case "samesite" -> cookie.sameSite(attribute[1]);
                case "httponly" -> cookie.httpOnly(true);
                case "secure" -> cookie.secure(true);
                default -> { }
            }
        }
        return cookie.build();
    }
}
