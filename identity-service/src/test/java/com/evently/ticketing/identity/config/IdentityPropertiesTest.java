package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.config.IdentityProperties.BootstrapAdmin;
import com.evently.ticketing.identity.config.IdentityProperties.JwksCache;
import com.evently.ticketing.identity.config.IdentityProperties.LoginThrottlingSettings;
import com.evently.ticketing.identity.config.IdentityProperties.PasswordReset;
import com.evently.ticketing.identity.config.IdentityProperties.ServiceClientSetting;
import com.evently.ticketing.identity.config.IdentityProperties.ServiceClientSettings;
import com.evently.ticketing.identity.config.IdentityProperties.SigningKeyEncryption;
import com.evently.ticketing.identity.config.IdentityProperties.SigningKeyRotation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityPropertiesTest {

    @Test
    void refusesApiClientTokensLongerThanAnyAccessToken() {
        assertThatThrownBy(() -> new IdentityProperties.ApiClientSettings(Duration.ofMinutes(16), Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("api-clients.token-ttl");
    }

    @Test
    void refusesServiceTokensLongerThanAnyAccessToken() {
        assertThatThrownBy(() -> new ServiceClientSettings(Duration.ofMinutes(16), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service-clients.token-ttl");
    }

    @Test
    void refusesServiceClientsOutsideTheInternalScopesOrNamedLikeAPartnersClient() {
        assertThatThrownBy(() -> new ServiceClientSetting("event-service", null, null, Set.of("events:read")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("internal:");
        assertThatThrownBy(() -> new ServiceClientSetting("event-service", null, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceClientSetting(UUID.randomUUID().toString(), null, null,
                Set.of("internal:booking-inventory")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UUID");
        ServiceClientSetting once = new ServiceClientSetting("event-service", null, null, Set.of("internal:booking-inventory"));
        assertThatThrownBy(() -> new ServiceClientSettings(Duration.ofMinutes(5), List.of(once, once)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void leavesAServiceClientWithoutSecretOutAndRefusesAShortSecretWithoutRepeatingIt() {
        String secret = "a-long-enough-secret-for-event-service-0123";
        String shortSecret = "short-secret";
        ServiceClientSettings settings = new ServiceClientSettings(Duration.ofMinutes(5), List.of(
                new ServiceClientSetting("event-service", secret, null, Set.of("internal:booking-inventory")),
                new ServiceClientSetting("notification-service", " ", null, Set.of("internal:ticket-documents"))));

        assertThat(settings.registry().named("event-service")).hasValueSatisfying(client ->
                assertThat(client.acceptsSecret(secret)).isTrue());
        assertThat(settings.registry().named("notification-service")).isEmpty();
        assertThat(settings.withoutSecret()).containsExactly("notification-service");
        assertThat(settings.toString()).doesNotContain(secret);

        ServiceClientSettings weak = new ServiceClientSettings(Duration.ofMinutes(5), List.of(
                new ServiceClientSetting("event-service", shortSecret, null, Set.of("internal:booking-inventory"))));
        assertThatThrownBy(weak::registry)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 characters")
                .message().doesNotContain(shortSecret);
    }

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
                Duration.ofMinutes(30), Duration.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failure window");
    }

    @Test
    void refusesARefreshTokenGracePeriodThatIsNoneOrTooLong() {
        assertThatThrownBy(() -> properties(Duration.ofMinutes(15), null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refresh-token-reuse-grace");
        assertThatThrownBy(() -> properties(Duration.ofMinutes(15), null, Duration.ofMinutes(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refresh-token-reuse-grace");
    }

    @Test
    void refusesAnUnknownKeyReloadIntervalLongerThanTheJwksCacheLifetime() {
        assertThatThrownBy(() -> new JwksCache(Duration.ofSeconds(10), Duration.ofSeconds(11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jwks-cache");
    }

    @Test
    void neverPrintsTheSigningKeyEncryptionKey() {
        String key = "dH6uqMY+GtcvDA0a+AyXeQqlsTBxuZQXqIwZqwFmYRU=";

        assertThat(new SigningKeyEncryption(key).toString()).doesNotContain(key);
        assertThat(properties(Duration.ofMinutes(15), null, Duration.ofSeconds(30), key).toString()).doesNotContain(key);
    }

    private static IdentityProperties properties(Duration accessTokenTtl, Duration rotationPeriod) {
        return properties(accessTokenTtl, rotationPeriod, Duration.ofSeconds(30));
    }

    private static IdentityProperties properties(Duration accessTokenTtl, Duration rotationPeriod, Duration reuseGrace) {
        return properties(accessTokenTtl, rotationPeriod, reuseGrace, null);
    }

    private static IdentityProperties properties(Duration accessTokenTtl, Duration rotationPeriod, Duration reuseGrace,
                                                 String encryptionKey) {
        return new IdentityProperties(12, accessTokenTtl, Duration.ofDays(30), Duration.ofMinutes(10), reuseGrace,
                new PasswordReset(Duration.ofMinutes(30), Duration.ofMillis(250)),
                new LoginThrottlingSettings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(10),
                        Duration.ofDays(90)),
                new SigningKeyRotation(rotationPeriod, Duration.ofMinutes(1)),
                new JwksCache(Duration.ofSeconds(10), Duration.ofSeconds(1)),
                new SigningKeyEncryption(encryptionKey),
                new BootstrapAdmin(null, null),
                new IdentityProperties.ApiClientSettings(Duration.ofMinutes(10), Duration.ofHours(24)),
                new ServiceClientSettings(Duration.ofMinutes(5), List.of()));
    }
}
