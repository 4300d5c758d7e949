package com.evently.ticketing.identity;

import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.identity.AdjustableClockContext.MAX_FAILURES_PER_ACCOUNT;
import static com.evently.ticketing.identity.AdjustableClockContext.MAX_FAILURES_PER_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs with at most 3 failures per account and 6 per address, locked for 1 min, doubling up to 4 min. */
@AdjustableClockContext
class LoginLockoutTest extends IdentityIntegrationTest {

    @Autowired
    AdjustableClock clock;

    @Test
    void locksAnAccountAfterRepeatedFailuresEvenForTheRightPassword() {
        Account account = registered();
        String address = freshAddress();

        failTimes(MAX_FAILURES_PER_ACCOUNT, account, address);

        logIn(account, address).expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter -> assertRetryAfter(retryAfter, 60))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.TOO_MANY_ATTEMPTS.type().toString());
        logIn(account, freshAddress()).expectStatus().isEqualTo(429);
    }

    @Test
    void leavesOtherAccountsAlone() {
        Account locked = registered();
        Account other = registered();
        String address = freshAddress();

        failTimes(MAX_FAILURES_PER_ACCOUNT, locked, address);

        logIn(locked, address).expectStatus().isEqualTo(429);
        logIn(other, address).expectStatus().isOk();
    }

    @Test
    void letsTheRightPasswordInOnceTheLockoutIsOverAndDoublesTheNextOne() {
        Account account = registered();
        String address = freshAddress();
        failTimes(MAX_FAILURES_PER_ACCOUNT, account, address);

        clock.advance(Duration.ofSeconds(61));
        wrongPassword(account, address).expectStatus().isUnauthorized();

        logIn(account, address).expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter -> assertRetryAfter(retryAfter, 120));
        clock.advance(Duration.ofSeconds(121));
        logIn(account, address).expectStatus().isOk();
    }

    @Test
    void aSuccessfulLoginStartsTheAccountsCountOver() {
        Account account = registered();
        String address = freshAddress();
        failTimes(MAX_FAILURES_PER_ACCOUNT - 1, account, address);

        logIn(account, address).expectStatus().isOk();
        failTimes(MAX_FAILURES_PER_ACCOUNT - 1, account, address);

        logIn(account, address).expectStatus().isOk();
    }

    @Test
    void throttlesAnAddressTryingManyAccounts() {
        String guesser = freshAddress();
        for (int i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
            wrongPassword(registered(), guesser).expectStatus().isUnauthorized();
        }
        Account bystander = registered();

        logIn(bystander, guesser).expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.TOO_MANY_ATTEMPTS.type().toString());
        logIn(bystander, freshAddress()).expectStatus().isOk();
    }

    @Test
    void strangersFailuresDoNotLockTheOwnerOutOfAnAddressItLoggedInFromBefore() {
        Account owner = registered();
        String home = freshAddress();
        logIn(owner, home).expectStatus().isOk();

        for (int i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
            wrongPassword(owner, freshAddress()).expectStatus().isUnauthorized();
        }

        logIn(owner, freshAddress()).expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityProblem.TOO_MANY_ATTEMPTS.type().toString());
        logIn(owner, home).expectStatus().isOk();
    }

    @Test
    void anAddressWithAGoodHistoryIsStillLockedByItsOwnFailures() {
        Account owner = registered();
        String home = freshAddress();
        logIn(owner, home).expectStatus().isOk();

        failTimes(MAX_FAILURES_PER_ACCOUNT, owner, home);

        logIn(owner, home).expectStatus().isEqualTo(429);
    }

    @Test
    void throttlesAnUnknownAddressLikeAKnownOne() {
        Account nobody = Account.fresh();
        String address = freshAddress();

        failTimes(MAX_FAILURES_PER_ACCOUNT, nobody, address);

        logIn(nobody, address).expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter -> assertRetryAfter(retryAfter, 60));
    }

    @Test
    void auditsTheAttemptsRefusedWhileLocked() {
        Account account = registered();
        String address = freshAddress();
        failTimes(MAX_FAILURES_PER_ACCOUNT, account, address);

        logIn(account, address).expectStatus().isEqualTo(429);

        String userId = jdbc.sql("SELECT id::text FROM users WHERE email = :email").param("email", account.email())
                .query(String.class).single();
        List<JsonNode> failures = new Outbox(jdbc, json).auditEntries(userId, "LOGIN_FAILED");
        assertThat(failures).hasSize(MAX_FAILURES_PER_ACCOUNT + 1);
        assertThat(failures.getLast().get("detail").asString()).contains("too many failed attempts");
        assertThat(failures.getLast().get("clientAddress").asString()).isEqualTo(address);
    }

    /** The lockout started when the last failure was checked, a moment before: a second or so may be gone. */
    private static void assertRetryAfter(String header, int lockoutSeconds) {
        assertThat(Integer.parseInt(header)).isBetween(lockoutSeconds - 5, lockoutSeconds);
    }

    private void failTimes(int times, Account account, String address) {
        for (int i = 0; i < times; i++) {
            wrongPassword(account, address).expectStatus().isUnauthorized();
        }
    }

    private RestTestClient.ResponseSpec wrongPassword(Account account, String address) {
        return logIn(account.withPassword("not the password " + UUID.randomUUID()), address);
    }

    private RestTestClient.ResponseSpec logIn(Account account, String address) {
        return client.post().uri("/api/v1/auth/login")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.credentials())
                .exchange();
    }
}
