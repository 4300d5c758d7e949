package com.evently.ticketing.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.evently.ticketing.identity.domain.LoginAttemptKey.Scope.ACCOUNT;
import static com.evently.ticketing.identity.domain.LoginAttemptKey.Scope.CLIENT_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottlingTest {

    private final LoginThrottling throttling = new LoginThrottling(5, 20, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofMinutes(10));

    @Test
    void locksNothingBelowTheMaximum() {
        assertThat(throttling.lockoutAfter(ACCOUNT, 4)).isEmpty();
        assertThat(throttling.lockoutAfter(CLIENT_ADDRESS, 19)).isEmpty();
    }

    @Test
    void doublesTheLockoutWithEveryFailureBeyondTheMaximumUpToTheCap() {
        assertThat(throttling.lockoutAfter(ACCOUNT, 5)).contains(Duration.ofMinutes(1));
        assertThat(throttling.lockoutAfter(ACCOUNT, 6)).contains(Duration.ofMinutes(2));
        assertThat(throttling.lockoutAfter(ACCOUNT, 8)).contains(Duration.ofMinutes(8));
        assertThat(throttling.lockoutAfter(ACCOUNT, 9)).contains(Duration.ofMinutes(10));
        assertThat(throttling.lockoutAfter(ACCOUNT, 10_000)).contains(Duration.ofMinutes(10));
    }

    @Test
    void givesAddressesTheirOwnMaximum() {
        assertThat(throttling.lockoutAfter(CLIENT_ADDRESS, 20)).contains(Duration.ofMinutes(1));
    }

    @Test
    void countsUnknownAndKnownAddressesUnderTheSameKeyShape() {
        assertThat(LoginAttemptKey.account(" Ana@Example.COM ").subject()).isEqualTo("ana@example.com");
        assertThat(LoginAttemptKey.account("not an address").subject()).isEqualTo("not an address");
        assertThat(LoginAttemptKey.account("x".repeat(1000)).subject()).hasSize(LoginAttemptKey.MAX_SUBJECT_LENGTH);
    }
}
