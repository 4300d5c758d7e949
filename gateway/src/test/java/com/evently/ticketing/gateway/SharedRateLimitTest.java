package com.evently.ticketing.gateway;

import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.gateway.RateLimitTest.SIGN_INS_PER_MINUTE;
import static com.evently.ticketing.gateway.RateLimitTest.book;
import static com.evently.ticketing.gateway.RateLimitTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway replicas counting in the same Redis (the test JVM's own, see {@link TestRedis}, under a key prefix
 * of this run's, removed afterwards): a limit holds for the suite, not per replica.
 */
class SharedRateLimitTest {

    private static TestRedis redis;
    private static GatewayInstance first;
    private static GatewayInstance second;

    @BeforeAll
    static void startTwoReplicas() {
        redis = new TestRedis();
        List<String> settings = new ArrayList<>(List.of(RateLimitTest.limits()));
        settings.add("ticketing.gateway.rate-limit.redis-url=" + TestRedis.url());
        settings.add("ticketing.gateway.rate-limit.key-prefix=" + redis.keyPrefix());
        first = GatewayInstance.start(settings.toArray(String[]::new));
        second = GatewayInstance.start(settings.toArray(String[]::new));
    }

    @AfterAll
    static void stopReplicasAndRemoveTheirKeys() {
        second.close();
        first.close();
        redis.close();
    }

    @Test
    void countsAnAddresssSignInsOnceAcrossReplicas() {
        for (int signIn = 0; signIn < SIGN_INS_PER_MINUTE; signIn++) {
            signIn(replica(signIn).client(), UUID.randomUUID().toString(), null).expectStatus().isOk();
        }

        signIn(replica(SIGN_INS_PER_MINUTE).client(), UUID.randomUUID().toString(), null)
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        signIn(replica(SIGN_INS_PER_MINUTE + 1).client(), UUID.randomUUID().toString(), null)
                .expectStatus().isEqualTo(429);

        String key = redis.keyPrefix() + "auth:127.0.0.1";
        assertThat(redis.keys()).contains(key);
        assertThat(redis.timeToLive(key)).as("the key expires once the bucket would be full again")
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(62));
    }

    @Test
    void countsAUsersBookingChangesOnceAcrossReplicasAndNobodyElses() {
        String eager = TestUser.attendee().bearer();
        book(first.client(), eager).expectStatus().isOk();
        book(second.client(), eager).expectStatus().isOk();

        book(first.client(), eager).expectStatus().isEqualTo(429);
        book(second.client(), TestUser.attendee().bearer()).expectStatus().isOk();
    }

    private static GatewayInstance replica(int request) {
        return request % 2 == 0 ? first : second;
    }
}
