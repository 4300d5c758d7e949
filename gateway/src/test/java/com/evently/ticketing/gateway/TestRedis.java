package com.evently.ticketing.gateway;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A Redis for the tests of this JVM: a real redis-server shipped in the embedded-redis artifact, started once on
 * a free loopback port and stopped when the JVM exits (the artifact registers that shutdown hook), so the tests
 * need nothing installed on the machine and never touch a Redis that runs there. Every {@code TestRedis} writes
 * under a key prefix of its own, and removes what is left under it when closed.
 */
final class TestRedis implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final int START_ATTEMPTS = 3;
    private static volatile RedisServer server;

    private final String keyPrefix = "ticketing:gateway-test:" + UUID.randomUUID() + ":";
    private final RedisClient client = RedisClient.create(url());
    private final StatefulRedisConnection<String, String> connection = client.connect();

    static int port() {
        return server().ports().getFirst();
    }

    static String url() {
        return "redis://" + LOOPBACK + ":" + port();
    }

    String keyPrefix() {
        return keyPrefix;
    }

    List<String> keys() {
        RedisCommands<String, String> redis = connection.sync();
        List<String> keys = new ArrayList<>();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(keyPrefix + "*").limit(500));
            keys.addAll(page.getKeys());
            cursor = page;
        } while (!cursor.isFinished());
        return keys;
    }

    Duration timeToLive(String key) {
        return Duration.ofMillis(connection.sync().pttl(key));
    }

    @Override
    public void close() {
        List<String> leftOver = keys();
        if (!leftOver.isEmpty()) {
            connection.sync().del(leftOver.toArray(String[]::new));
        }
        connection.close();
        client.shutdown();
    }

    private static RedisServer server() {
        if (server == null) {
            synchronized (TestRedis.class) {
                if (server == null) {
                    server = start();
                }
            }
        }
        return server;
    }

    private static RedisServer start() {
        IOException lastFailure = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            try {
                RedisServer candidate = RedisServer.newRedisServer()
                        .bind(LOOPBACK)
                        .port(freeLoopbackPort())
                        // counters only: nothing is worth writing to disk
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                candidate.start();
                return candidate;
            } catch (IOException e) {
                // another process may have taken the port between the probe and redis-server's bind
                lastFailure = e;
            }
        }
        throw new UncheckedIOException("Could not start the embedded redis-server", lastFailure);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return probe.getLocalPort();
        }
    }
}
