package com.evently.ticketing.gateway;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Redis server on this machine and in CI (127.0.0.1:6379), seen from a test: every test run writes under a
 * key prefix of its own, and removes what is left under it when done.
 */
final class TestRedis implements AutoCloseable {

    static final String URL = "redis://127.0.0.1:6379";

    private final String keyPrefix = "ticketing:gateway-test:" + UUID.randomUUID() + ":";
    private final RedisClient client = RedisClient.create(URL);
    private final StatefulRedisConnection<String, String> connection = client.connect();

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
}
