package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.config.IdentityProperties.BootstrapAdmin;
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
        assertThatThrownBy(() -> new IdentityProperties(12, Duration.ofMinutes(16), Duration.ofDays(30),
                new BootstrapAdmin(null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15 minutes");
    }
}
