package com.evently.ticketing.platform.web;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;


@ServiceIntegrationTest
class PlatformProblemHandlerTest {

    @Autowired
    RestTestClient http;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void invalidFieldsAnswer400WithEachFieldError() {
        http.post().uri("/orders").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"item\":\"\",\"quantity\":0}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(com.evently.ticketing.platform.web.Problems.TYPE_BASE + "validation-failed")
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'quantity')]").exists();
    }

    @Test
    void malformedJsonAnswers400() {
        http.post().uri("/orders").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"item\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(com.evently.ticketing.platform.web.Problems.TYPE_BASE + "malformed-request");
    }

    @Test
    void unknownPathAnswers404Problem() {
        http.get().uri("/no/such/thing").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(com.evently.ticketing.platform.web.Problems.TYPE_BASE + "not-found");
    }

    @Test
    void unexpectedFailureLeaksNothingInternal() {
        http.get().uri("/boom").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().is5xxServerError()
                .expectBody()
                .jsonPath("$.type").isEqualTo(com.evently.ticketing.platform.web.Problems.TYPE_BASE + "internal-error")
                .jsonPath("$.detail").value(String.class, detail -> org.assertj.core.api.Assertions.assertThat(detail).doesNotContain("SELECT"));
    }
}
