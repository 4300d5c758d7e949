package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.config.IdentityProperties.BootstrapAdmin;
import com.evently.ticketing.identity.config.IdentityProperties.LoginThrottlingSettings;
import com.evently.ticketing.identity.config.IdentityProperties.PasswordReset;
import com.evently.ticketing.identity.config.IdentityProperties.SigningKeyRotation;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityPropertiesTest {

    @Test
    void leavesTheBootstrapOffWhenNothingIsConfigured() {
        assertThat(new BootstrapAdmin("", " ").credentials()).isEmpty();
        assertThat(new BootstrapAdmin(null, null).credentials()).isEmpty();
    }

    @Test
    void refusesAHalfConfiguredBootstrapAdministrator() {
        assertThatThrownBy(() -> new BootstrapAdmin("admin@example.com", "").credentials())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("both email and password");
    }

    @Test
    void refusesAWeakBootstrapPasswordWithoutRepeatingIt() {
        String weak = "pw-123";

        assertThatThrownBy(() -> new BootstrapAdmin("admin@example.com", weak).credentials())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 10 characters")
                .message().doesNotContain(weak);
        assertThat(new BootstrapAdmin("admin@example.com", weak).toString()).doesNotContain(weak);
    }

    @Test
    void refusesAccessTokensLivingLongerThanFifteenMinutes() {
        assertThatThrownBy(() -> properties(Duration.ofMinutes(16), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15 minutes");
    }

    @Test
    void refusesAKeyRotationPeriodShorterThanTheAccessTokenLifetime() {
        assertThatThrownBy(() -> properties(Duration.ofMinutes(15), Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signing-key-rotation.period");
        assertThat(properties(Duration.ofMinutes(15), Duration.ofDays(30)).signingKeyRotation().scheduled()).isTrue();
        assertThat(properties(Duration.ofMinutes(15), null).signingKeyRotation().scheduled()).isFalse();
    }

    @Test
    void refusesLockoutsThatOutlastTheFailureWindow() {
        assertThatThrownBy(() -> new LoginThrottlingSettings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failure window");
    }

    private static IdentityProperties properties(Duration accessTokenTtl, Duration rotationPeriod) {
        return new IdentityProperties(12, accessTokenTtl, Duration.ofDays(30), Duration.ofMinutes(10), new PasswordReset(Duration.ofMinutes(30), Duration.ofMillis(250)),
                new LoginThrottlingSettings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(10)),
                new SigningKeyRotation(rotationPeriod, Duration.ofMinutes(1)),
                new BootstrapAdmin(null, null));
    }
}
