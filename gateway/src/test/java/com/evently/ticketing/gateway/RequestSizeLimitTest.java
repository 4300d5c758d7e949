package com.evently.ticketing.gateway;

import com.evently.ticketing.gateway.problem.GatewayProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class RequestSizeLimitTest {

    /** The default limit, 1 MB. */
    private static final int LIMIT = 1024 * 1024;

    @Autowired
    WebTestClient gateway;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void refusesABodyDeclaredOverTheLimitBeforeItReachesTheService() {
        String requestId = UUID.randomUUID().toString();

        gateway.post().uri("/api/v1/bookings")
                .header("Authorization", bearer)
                .header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[LIMIT + 1])
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(GatewayProblem.REQUEST_TOO_LARGE.type().toString())
                .jsonPath("$.title").isEqualTo("Request too large")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.requestId").isEqualTo(requestId);

        assertThat(GatewayTestEnvironment.BOOKING.receivedWithRequestId(requestId)).isEmpty();
    }

    @Test
    void refusesAChunkedBodyThatGrowsOverTheLimitBeforeAnyOfItReachesTheService() {
        String requestId = UUID.randomUUID().toString();

        gateway.post().uri("/api/v1/bookings")
                .header("Authorization", bearer)
                .header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks(17, 64 * 1024)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(GatewayProblem.REQUEST_TOO_LARGE.type().toString());

        assertThat(GatewayTestEnvironment.BOOKING.receivedWithRequestId(requestId)).isEmpty();
    }

    @Test
    void forwardsABodyOfExactlyTheLimit() {
        gateway.post().uri("/api/v1/bookings")
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[LIMIT])
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyLength").isEqualTo(Integer.toString(LIMIT));
    }

    @Test
    void forwardsAChunkedBodyWithinTheLimitWhole() {
        gateway.post().uri("/api/v1/bookings")
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks(3, 1000)))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyLength").isEqualTo("3000");
    }

    @Test
    void leavesMalformedJsonToTheServiceThatOwnsThePath() {
        String malformed = "{\"eventId\": ";

        gateway.post().uri("/api/v1/bookings")
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(malformed)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("booking")
                .jsonPath("$.bodyLength").isEqualTo(Integer.toString(malformed.length()));
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        return Flux.range(0, count).map(chunk -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[size]));
    }
}
