package com.evently.ticketing.identity;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service with an {@link AdjustableClock} and small throttling limits, in a context (and database) of
 * its own that the test classes about time share. Tests here move the clock forward, never back. The key store
 * counts its reads ({@link SigningKeyReads}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceIntegrationTest
@Import(AdjustableClockContext.ClockConfiguration.class)
@TestPropertySource(properties = {
        "ticketing.identity.login-throttling.max-failures-per-account=" + AdjustableClockContext.MAX_FAILURES_PER_ACCOUNT,
        "ticketing.identity.login-throttling.max-failures-per-address=" + AdjustableClockContext.MAX_FAILURES_PER_ADDRESS,
        "ticketing.identity.login-throttling.failure-window=15m",
        "ticketing.identity.login-throttling.first-lockout=1m",
        "ticketing.identity.login-throttling.max-lockout=4m",
        "ticketing.identity.password-reset.token-ttl=30m",
        "ticketing.identity.signing-key-rotation.period=" + AdjustableClockContext.ROTATION_PERIOD,
        "ticketing.identity.signing-key-rotation.check-interval=200ms",
        "ticketing.identity.jwks-cache.time-to-live=" + AdjustableClockContext.JWKS_CACHE_TIME_TO_LIVE,
        "ticketing.identity.jwks-cache.unknown-key-reload-interval=" + AdjustableClockContext.UNKNOWN_KEY_RELOAD_INTERVAL})
@interface AdjustableClockContext {

    int MAX_FAILURES_PER_ACCOUNT = 3;
    int MAX_FAILURES_PER_ADDRESS = 6;
    String ROTATION_PERIOD = "6h";
    /** Long, so that only the clock the tests move ends a cached key set, never a slow test. */
    String JWKS_CACHE_TIME_TO_LIVE = "10m";
    String UNKNOWN_KEY_RELOAD_INTERVAL = "1m";

    @TestConfiguration(proxyBeanMethods = false)
    class ClockConfiguration {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock();
        }

        @Bean
        static SigningKeyReads signingKeyReads() {
            return new SigningKeyReads();
        }
    }
}
