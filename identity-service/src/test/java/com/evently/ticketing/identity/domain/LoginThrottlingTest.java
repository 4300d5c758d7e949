package com.evently.ticketing.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.evently.ticketing.identity.domain.LoginAttemptKey.Scope.ACCOUNT;
import static com.evently.ticketing.identity.domain.LoginAttemptKey.Scope.ACCOUNT_AT_ADDRESS;
import static com.evently.ticketing.identity.domain.LoginAttemptKey.Scope.CLIENT_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottlingTest {

    private final LoginThrottling throttling = new LoginThrottling(5, 20, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofDays(90));

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
    void givesAnAccountAtOneAddressTheAccountsMaximum() {
        assertThat(throttling.lockoutAfter(ACCOUNT_AT_ADDRESS, 4)).isEmpty();
        assertThat(throttling.lockoutAfter(ACCOUNT_AT_ADDRESS, 5)).contains(Duration.ofMinutes(1));
    }

    @Test
    void keepsAccountAndAddressApartInAPairKey() {
        ClientAddress address = new ClientAddress("10.0.0.1");

        assertThat(LoginAttemptKey.accountAtAddress(" Ana@Example.COM ", address).subject())
                .isEqualTo("8:10.0.0.1 ana@example.com");
        assertThat(LoginAttemptKey.accountAtAddress("b c", new ClientAddress("a")))
                .isNotEqualTo(LoginAttemptKey.accountAtAddress("c", new ClientAddress("a b")));
        assertThat(LoginAttemptKey.accountAtAddress("x".repeat(1000), new ClientAddress("y".repeat(100))).subject())
                .hasSizeLessThanOrEqualTo(LoginAttemptKey.MAX_PAIR_SUBJECT_LENGTH);
    }

    @Test
    void countsUnknownAndKnownAddressesUnderTheSameKeyShape() {
        assertThat(LoginAttemptKey.account(" Ana@Example.COM ").subject()).isEqualTo("ana@example.com");
        assertThat(LoginAttemptKey.account("not an address").subject()).isEqualTo("not an address");
        assertThat(LoginAttemptKey.account("x".repeat(1000)).subject()).hasSize(LoginAttemptKey.MAX_SUBJECT_LENGTH);
    }
}
