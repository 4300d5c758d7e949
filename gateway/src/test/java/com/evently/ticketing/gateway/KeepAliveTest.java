package com.evently.ticketing.gateway;

import com.evently.ticketing.testsupport.RawHttpConnection;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client connection carries request after request (HTTP/1.1 keep-alive), also when a request comes in while
 * the previous one is still being finished and the gateway answers it at once by itself. Reactor Netty 1.3.6
 * stopped reading such a connection (reactor-netty#4361): the next request sat unread until the client gave up.
 */
@GatewayTest
class KeepAliveTest {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void answersTheNextRequestAfterRequestsTheGatewayAnsweredItselfBackToBack() {
        try (RawHttpConnection connection = RawHttpConnection.open(port, ANSWER_WITHIN)) {
            connection.send(request("/api/v1/tickets"));
            assertThat(connection.nextStatus()).isEqualTo(200);
            // sent together, so that the second arrives while the first is still being finished
            connection.send(request("/api/v1/tickets") + request("/api/v1/nothing-here"));
            assertThat(connection.nextStatus()).isEqualTo(200);
            assertThat(connection.nextStatus()).isEqualTo(404);

            connection.send(request("/api/v1/tickets"));
            assertThat(connection.nextStatus()).as("the next request on the same connection is answered").isEqualTo(200);
        }
    }

    private String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + bearer + "\r\n\r\n";
    }
}
