package com.evently.ticketing.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A downstream service on loopback that answers every request with what it received (service name, path,
 * Authorization, X-Request-Id, X-Forwarded-For, Forwarded, traceparent, tracestate, the body's
 * length, the Cookie header), so tests see exactly what the gateway forwarded. A request with {@code X-Session-Cookie}
 * is answered with a {@link #SESSION_COOKIE} the way identity sets the web UI's refresh-token cookie. A path ending in {@code /slow} answers after
 * {@link #SLOW_ANSWER_MILLIS}; one ending in {@code /conflict} answers with the service's own 409 problem; one
 * ending in {@code /own-headers} sets its own Cache-Control and a laxer X-Frame-Options; one ending in
 * {@code /availability} is cacheable with {@link #CACHEABLE_ETAG} and answers 304 when If-None-Match names it, as
 * booking-service does.
 */
final class FakeService {

    static final long SLOW_ANSWER_MILLIS = 3_000;
    static final String CONFLICT_PROBLEM = """
            {"type":"https://ticketing.evently.dev/problems/sold-out","title":"Sold out","status":409}""";

    static final String OWN_CACHE_CONTROL = "private, max-age=60";
    static final String CACHEABLE_ETAG = "W/\"seats-7\"";
    static final String PUBLIC_CACHE_CONTROL = "max-age=2, public, stale-while-revalidate=5";
    static final String SESSION_COOKIE = "__Secure-refresh-token=rotated; Path=/api/v1/auth; Max-Age=2592000; Secure; HttpOnly; SameSite=Strict";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // held, never closed: see unreachable()
    private static final List<Socket> RESERVED_PORTS = new CopyOnWriteArrayList<>();

    private final String name;
    private final HttpServer server;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

    private FakeService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    static FakeService start(String name) {
        return new FakeService(name);
    }

    /**
     * An address where connections are refused for the rest of the JVM's life. The port stays bound by a socket
     * that never listens: a port merely freed again could be handed to the next server a test starts (a
     * stalled {@code TcpRelay} there would leave requests unanswered), and a connect to a free port of the
     * ephemeral range can even be answered by itself (TCP simultaneous open picks the same port as its source).
     */
    static URI unreachable() {
        try {
            Socket reserved = new Socket();
            reserved.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            RESERVED_PORTS.add(reserved);
            return URI.create("http://127.0.0.1:" + reserved.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests this service received carrying the given X-Request-Id. */
    List<Map<String, String>> receivedWithRequestId(String requestId) {
        return received.stream().filter(request -> requestId.equals(request.get("requestId"))).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("service", name);
        request.put("method", exchange.getRequestMethod());
        request.put("path", exchange.getRequestURI().getRawPath());
        request.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        request.put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"));
        request.put("forwardedFor", exchange.getRequestHeaders().getFirst("X-Forwarded-For"));
        request.put("forwarded", exchange.getRequestHeaders().getFirst("Forwarded"));
        request.put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"));
        request.put("tracestate", exchange.getRequestHeaders().getFirst("tracestate"));
        request.put("cookie", exchange.getRequestHeaders().getFirst("Cookie"));
        request.put("bodyLength", Integer.toString(exchange.getRequestBody().readAllBytes().length));
        received.add(request);

        String path = request.get("path");
        if (path.endsWith("/slow")) {
            sleep();
        }
        if (path.endsWith("/own-headers")) {
            exchange.getResponseHeaders().add("Cache-Control", OWN_CACHE_CONTROL);
            exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
        }
        if (path.endsWith("/availability")) {
            exchange.getResponseHeaders().add("ETag", CACHEABLE_ETAG);
            exchange.getResponseHeaders().add("Cache-Control", PUBLIC_CACHE_CONTROL);
            if (CACHEABLE_ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
        if (exchange.getRequestHeaders().containsKey("X-Session-Cookie")) {
            exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE);
        }
        if (path.endsWith("/conflict")) {
            respond(exchange, 409, "application/problem+json", CONFLICT_PROBLEM.getBytes(StandardCharsets.UTF_8));
        } else {
            respond(exchange, 200, "application/json", JSON.writeValueAsBytes(request));
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(SLOW_ANSWER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
