package com.evently.ticketing.identity;

import com.evently.ticketing.identity.application.ErasingEndedHandovers;
import com.evently.ticketing.identity.application.RotatingSigningKey;
import com.evently.ticketing.platform.retention.RetentionPurge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.evently.ticketing.identity.TokenRefreshTest.refreshed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the periodic purges forget: the platform's retention rules and the erasure of ended handovers, run here
 * directly rather than waiting for their schedules.
 */
@AdjustableClockContext
class SecurityRecordsPurgeTest extends IdentityIntegrationTest {

    /** {@code failure-window} of {@link AdjustableClockContext}. */
    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    @Autowired
    AdjustableClock clock;

    @Autowired
    ErasingEndedHandovers erasing;

    @Autowired
    RetentionPurge retention;

    @Autowired
    RotatingSigningKey rotatingSigningKey;

    @Test
    void keepsASealedSuccessorOnlyForTheGracePeriod() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        refreshed(identity, identity.refreshTokenOf(account));
        assertThat(sealedSuccessorsOf(userId)).hasSize(1);

        erasing.erase();
        assertThat(sealedSuccessorsOf(userId)).as("still within the grace period").hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        erasing.erase();

        assertThat(sealedSuccessorsOf(userId)).isEmpty();
    }

    @Test
    void forgetsLoginAddressesUnusedForLongerThanTheRetention() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        client.post().uri("/api/v1/auth/login")
                .header("X-Forwarded-For", "10.200.0.1")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.credentials())
                .exchange()
                .expectStatus().isOk();
        assertThat(knownAddressesOf(account)).containsExactly("10.200.0.1");

        retention.purge("known_login_addresses");
        assertThat(knownAddressesOf(account)).containsExactly("10.200.0.1");
        jdbc.sql("UPDATE known_login_addresses SET last_login_at = last_login_at - interval '91 days' WHERE account = :account")
                .param("account", account.email()).update();
        retention.purge("known_login_addresses");

        assertThat(knownAddressesOf(account)).isEmpty();
    }

    @Test
    void forgetsRefreshTokensADayAfterTheyExpired() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        identity.refreshTokenOf(account);
        long issued = refreshTokensOf(userId);
        assertThat(issued).isPositive();
        Instant now = clock.instant();

        setRefreshTokensExpiry(userId, now.minus(Duration.ofHours(23)));
        retention.purge("refresh_tokens");
        assertThat(refreshTokensOf(userId)).as("expired less than a day ago").isEqualTo(issued);
        setRefreshTokensExpiry(userId, now.minus(Duration.ofHours(25)));
        retention.purge("refresh_tokens");

        assertThat(refreshTokensOf(userId)).isZero();
    }

    @Test
    void forgetsQuietLoginCountsButNotARunningLock() {
        Instant now = clock.instant();
        Instant quiet = now.minus(FAILURE_WINDOW).minusSeconds(60);
        String quietUnlocked = failureCount(quiet, null);
        String quietLocked = failureCount(quiet, now.plus(Duration.ofHours(1)));
        String recent = failureCount(now.minus(FAILURE_WINDOW).plusSeconds(60), null);

        retention.purge("login_failures");

        assertThat(failureCountsOf(List.of(quietUnlocked, quietLocked, recent)))
                .containsExactlyInAnyOrder(quietLocked, recent);
    }

    @Test
    void forgetsARetiredKeyNoTokenCanNameWithoutAnotherRotation() {
        String retired = jdbc.sql("SELECT kid FROM signing_keys WHERE active").query(String.class).single();
        String current = rotatingSigningKey.rotateIfOlderThan(Duration.ZERO).orElseThrow().keyId();

        retention.purge("signing_keys");
        assertThat(storedKeyIds()).as("a token it signed may still be valid").contains(retired, current);
        clock.advance(Duration.ofMinutes(16).plusSeconds(1)); // access-token lifetime plus the verifiers' skew
        retention.purge("signing_keys");

        assertThat(storedKeyIds()).contains(current).doesNotContain(retired);
    }

    private List<String> sealedSuccessorsOf(String userId) {
        return jdbc.sql("SELECT sealed_successor FROM refresh_tokens WHERE user_id = CAST(:id AS uuid) AND sealed_successor IS NOT NULL")
                .param("id", userId).query(String.class).list();
    }

    private List<String> knownAddressesOf(Account account) {
        return jdbc.sql("SELECT client_address FROM known_login_addresses WHERE account = :account")
                .param("account", account.email()).query(String.class).list();
    }

    private void setRefreshTokensExpiry(String userId, Instant expiresAt) {
        jdbc.sql("UPDATE refresh_tokens SET expires_at = :expiresAt WHERE user_id = CAST(:id AS uuid)")
                .param("expiresAt", Timestamp.from(expiresAt)).param("id", userId).update();
    }

    private long refreshTokensOf(String userId) {
        return jdbc.sql("SELECT count(*) FROM refresh_tokens WHERE user_id = CAST(:id AS uuid)")
                .param("id", userId).query(Long.class).single();
    }

    /** A count for a fresh client address, as the throttle leaves it; returns the address. */
    private String failureCount(Instant lastFailureAt, Instant lockedUntil) {
        String address = freshAddress();
        jdbc.sql("""
                        INSERT INTO login_failures (scope, subject, failures, last_failure_at, locked_until)
                        VALUES ('CLIENT_ADDRESS', :subject, 3, :lastFailureAt, :lockedUntil)""")
                .params(Map.of("subject", address, "lastFailureAt", Timestamp.from(lastFailureAt)))
                .param("lockedUntil", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .update();
        return address;
    }

    private List<String> failureCountsOf(List<String> addresses) {
        return jdbc.sql("SELECT subject FROM login_failures WHERE scope = 'CLIENT_ADDRESS' AND subject IN (:subjects)")
                .param("subjects", addresses).query(String.class).list();
    }

    private List<String> storedKeyIds() {
        return jdbc.sql("SELECT kid FROM signing_keys").query(String.class).list();
    }
}
