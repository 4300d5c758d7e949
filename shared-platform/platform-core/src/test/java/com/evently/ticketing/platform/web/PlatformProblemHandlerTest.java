package com.evently.ticketing.platform.web;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;


@ServiceIntegrationTest
class PlatformProblemHandlerTest {

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void invalidFieldsAnswer400WithEachFieldError() {
        http.post().uri("/orders").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"item\":\"\",\"quantity\":0}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "validation-failed")
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'quantity')]").exists();
    }

    @Test
    void malformedJsonAnswers400() {
        http.post().uri("/orders").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"item\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "malformed-request");
    }

    @Test
    void oversizeBodyAnswers400BeforeItIsRead() {
        String oversize = "{\"item\":\"" + "x".repeat(2048) + "\",\"quantity\":1}";
        http.post().uri("/orders").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body(oversize)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "request-too-large");
    }

    @Test
    void oversizeBodyWithoutDeclaredLengthIsCutOffWhileStreaming() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orders"))
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                // a stream of unknown length goes out chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("{\"item\":\"" + "y".repeat(4096) + "\",\"quantity\":1}").getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("request-too-large");
    }

    @Test
    void unknownPathAnswers404Problem() {
        http.get().uri("/no/such/thing").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "not-found");
    }

    @Test
    void unexpectedFailureLeaksNothingInternal() {
        http.get().uri("/boom").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().is5xxServerError()
                .expectBody()
                .jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "internal-error")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).doesNotContain("SELECT"));
    }

    @Test
    void invalidInputAnswers400WithTheDomainsOwnWords() {
        http.get().uri("/orders/11").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "invalid-request")
                .jsonPath("$.detail").isEqualTo("At most 10 items per order.");
    }

    @Test
    void anyOtherIllegalArgumentIsOurBugAndLeaksNothing() {
        http.get().uri("/misused-library").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isEqualTo(500)
                .expectBody()
                .jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "internal-error")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).doesNotContain("SELECT", "pattern"));
    }

    @Test
    void noDatabaseConnectionAnswers503WithRetryAfter() {
        http.get().uri("/database-gone").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "temporarily-unavailable")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).doesNotContain("pool", "JDBC"));
    }
}
