package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.domain.LoginThrottling;
import com.evently.ticketing.platform.retention.RetentionRule;
import com.evently.ticketing.platform.security.JwtSecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * How long the security records that only ever grow are kept; the platform's retention purge deletes the rest
 * (docs/architecture.md#retention). None of them lets anything in once its time is up: every read refuses an
 * expired token and ignores a quiet count, an address unused for too long and a key retired too long ago. So
 * when the purge comes is a matter of space; only the reuse detection of refresh tokens sees a row as long as
 * it is kept.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    /**
     * Expired tokens are kept a day longer: a used refresh token presented again in that time still revokes its
     * family, and the rows are there for whoever looks into an incident.
     */
    static final Duration EXPIRED_TOKENS_KEPT = Duration.ofDays(1);

    @Bean
    RetentionRule expiredRefreshTokens() {
        return RetentionRule.of("refresh_tokens", "expires_at", EXPIRED_TOKENS_KEPT);
    }

    @Bean
    RetentionRule expiredPasswordResetTokens() {
        return RetentionRule.of("password_reset_tokens", "expires_at", EXPIRED_TOKENS_KEPT);
    }

    /**
     * A count quiet for the failure window starts over at its next failure anyway. A lock still running is kept
     * whatever its age, as a lockout longer than the window (from a setting since lowered) must not end early;
     * the condition is SQL, so it reads the database's clock.
     */
    @Bean
    RetentionRule quietLoginFailures(IdentityProperties properties) {
        LoginThrottling policy = properties.loginThrottling().policy();
        return RetentionRule.of("login_failures", "last_failure_at", policy.failureWindow())
                .onlyWhere("locked_until IS NULL OR locked_until <= now()");
    }

    @Bean
    RetentionRule unusedLoginAddresses(IdentityProperties properties) {
        return RetentionRule.of("known_login_addresses", "last_login_at",
                properties.loginThrottling().policy().knownAddressRetention());
    }

    /**
     * Rotations delete keys retired longer ago than any token they signed can live; without rotations they would
     * stay stored for good.
     */
    @Bean
    RetentionRule retiredSigningKeys(IdentityProperties properties, JwtSecurityProperties jwt) {
        Duration keep = UseCaseConfiguration.publishedAfterRetirement(properties, jwt);
        return RetentionRule.of("signing_keys", "retired_at", keep).onlyWhere("NOT active");
    }
}
