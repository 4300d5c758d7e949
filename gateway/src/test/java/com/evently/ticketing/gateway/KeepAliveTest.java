package com.evently.ticketing.gateway;

import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client connection carries request after request (HTTP/1.1 keep-alive), also when a request comes in while
 * the previous one is still being finished and the gateway answers it at once by itself. Reactor Netty 1.3.6
 * stopped reading such a connection (reactor-netty#4361): the next request sat unread until the client gave up.
 */
@GatewayTest
class KeepAliveTest {

    private static final int ANSWER_WITHIN_MILLIS = 5_000;

    @LocalServerPort
    int port;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void answersTheNextRequestAfterRequestsTheGatewayAnsweredItselfBackToBack() throws IOException {
        try (Socket connection = new Socket(InetAddress.getLoopbackAddress(), port)) {
            connection.setSoTimeout(ANSWER_WITHIN_MILLIS);
            OutputStream out = connection.getOutputStream();
            InputStream in = connection.getInputStream();

            out.write(request("/api/v1/tickets").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusOf(in)).isEqualTo(200);
            // sent together, so that the second arrives while the first is still being finished
            out.write((request("/api/v1/tickets") + request("/api/v1/nothing-here"))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusOf(in)).isEqualTo(200);
            assertThat(statusOf(in)).isEqualTo(404);

            out.write(request("/api/v1/tickets").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusOf(in)).as("the next request on the same connection is answered").isEqualTo(200);
        }
    }

    private String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + bearer + "\r\n\r\n";
    }

    /** Reads one response with a Content-Length framed body and answers its status code. */
    private static int statusOf(InputStream in) throws IOException {
        String head;
        try {
            head = headOf(in);
        } catch (SocketTimeoutException unanswered) {
            throw new AssertionError("no answer within " + ANSWER_WITHIN_MILLIS + " ms", unanswered);
        }
        int contentLength = head.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a response without Content-Length:\n" + head));
        in.readNBytes(contentLength);
        return Integer.parseInt(head.split(" ", 3)[1]);
    }

    private static String headOf(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int next = in.read();
            if (next < 0) {
                throw new AssertionError("the connection was closed after:\n" + head);
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : (next == end[0] ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
