package com.evently.ticketing.testsupport;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An issuer's JWKS endpoint on a loopback port that counts how often it is fetched, for tests of how often a
 * token check goes back to the issuer. Keys can be published while it runs, as a rotation would.
 */
public final class CountingJwksServer implements AutoCloseable {

    private final List<JWK> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final HttpServer server;

    private CountingJwksServer(HttpServer server) {
        this.server = server;
    }

    public static CountingJwksServer publishing(JWK firstKey) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            CountingJwksServer jwks = new CountingJwksServer(server);
            jwks.publish(firstKey);
            server.createContext("/.well-known/jwks.json", exchange -> {
                jwks.fetches.incrementAndGet();
                byte[] body = new JWKSet(new ArrayList<>(jwks.published)).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return jwks;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the JWKS server", e);
        }
    }

    /** Adds the public half of {@code key} to the served set. */
    public void publish(JWK key) {
        published.add(key.toPublicJWK());
    }

    public int fetches() {
        return fetches.get();
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
