package com.evently.ticketing.gateway;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An OpenTelemetry collector that accepts every OTLP/HTTP span export at {@code /v1/traces} and keeps the bodies. */
final class FakeCollector implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private FakeCollector(HttpServer server) {
        this.server = server;
    }

    static FakeCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeCollector collector = new FakeCollector(server);
            server.createContext("/v1/traces", exchange -> {
                try (exchange) {
                    ByteArrayOutputStream body = new ByteArrayOutputStream();
                    exchange.getRequestBody().transferTo(body);
                    collector.exports.add(body.toByteArray());
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OTLP/HTTP base URL, as {@code OTEL_EXPORTER_OTLP_ENDPOINT} names it. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    boolean received(byte[] bytes) {
        return exports.stream().anyMatch(export -> contains(export, bytes));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int start = 0; start + needle.length <= haystack.length; start++) {
            if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
