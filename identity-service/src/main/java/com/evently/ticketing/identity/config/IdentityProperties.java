package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.in.startup.IdentityStartup.AdministratorCredentials;
import com.evently.ticketing.identity.adapter.out.crypto.BcryptPasswordHashing;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.LoginThrottling;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolation;
import com.evently.ticketing.identity.domain.ServiceClient;
import com.evently.ticketing.identity.domain.TokenLifetimes;
import com.evently.ticketing.platform.security.InternalScopes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Settings of identity-service under {@code ticketing.identity}; invalid values stop the start.
 *
 * @param bcryptCost         log2 of bcrypt's work factor: each step doubles what a login (and a guess) costs
 * @param accessTokenTtl     at most 15 minutes: access tokens cannot be revoked
 * @param purgeInterval      how often sealed successors past their grace period are erased (expired tokens and
 *                           other stale records go by the platform's retention rules, {@link RetentionConfiguration})
 * @param refreshTokenReuseGrace how long after its use a refresh token still gets the same successor (a retried
 *                           request, two tabs refreshing at once) rather than revoking its family
 * @param jwksCache          how long the verification keys are served from memory
 * @param signingKeyEncryption the key the signing keys' private halves are encrypted with
 * @param bootstrapAdmin     the administrator to ensure at start-up: both parts set, or neither
 * @param apiClients         partners' client-credentials tokens and secrets
 * @param serviceClients     the suite's own services calling each other's internal endpoints
 */
@Validated
@ConfigurationProperties("ticketing.identity")
public record IdentityProperties(
        @DefaultValue("12") @Min(BcryptPasswordHashing.MINIMUM_COST) @Max(31) int bcryptCost,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("10m") @NotNull Duration purgeInterval,
        @DefaultValue("30s") @NotNull Duration refreshTokenReuseGrace,
        @DefaultValue @Valid PasswordReset passwordReset,
        @DefaultValue @Valid LoginThrottlingSettings loginThrottling,
        @DefaultValue @Valid SigningKeyRotation signingKeyRotation,
        @DefaultValue @Valid JwksCache jwksCache,
        @DefaultValue SigningKeyEncryption signingKeyEncryption,
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @DefaultValue @Valid ApiClientSettings apiClients,
        @DefaultValue @Valid ServiceClientSettings serviceClients) {

    /** Long enough for a retry or a second tab; every second of it is a second a stolen token goes unnoticed. */
    static final Duration LONGEST_REFRESH_TOKEN_REUSE_GRACE = Duration.ofMinutes(2);

    public IdentityProperties {
        new TokenLifetimes(accessTokenTtl, refreshTokenTtl); // refuses a lifetime outside the policy
        if (!refreshTokenReuseGrace.isPositive() || refreshTokenReuseGrace.compareTo(LONGEST_REFRESH_TOKEN_REUSE_GRACE) > 0) {
            throw new IllegalArgumentException("ticketing.identity.refresh-token-reuse-grace must be more than 0 and at most "
                    + LONGEST_REFRESH_TOKEN_REUSE_GRACE + ", not " + refreshTokenReuseGrace);
        }
        if (signingKeyRotation.scheduled() && signingKeyRotation.period().compareTo(accessTokenTtl) < 0) {
            // retired keys stay published for a token lifetime: rotating faster piles them up in the JWKS
            throw new IllegalArgumentException(
                    "ticketing.identity.signing-key-rotation.period must be at least the access token lifetime");
        }
    }

    public TokenLifetimes tokenLifetimes() {
        return new TokenLifetimes(accessTokenTtl, refreshTokenTtl);
    }

    /**
     * @param tokenTtl      how long an API client's access token lives: at most 15 minutes, since access tokens
     *                      cannot be revoked and a revoked client's tokens die only when they expire
     * @param secretOverlap how long a secret replaced by a rotation keeps working, for the partner to roll out the
     *                      new one
     */
    public record ApiClientSettings(@DefaultValue("10m") @NotNull Duration tokenTtl,
                                    @DefaultValue("24h") @NotNull Duration secretOverlap) {

        public ApiClientSettings {
            if (!tokenTtl.isPositive() || tokenTtl.compareTo(TokenLifetimes.ACCESS_TOKEN_LIMIT) > 0) {
                throw new IllegalArgumentException("ticketing.identity.api-clients.token-ttl must be more than 0 and "
                        + "at most " + TokenLifetimes.ACCESS_TOKEN_LIMIT + ", not " + tokenTtl);
            }
            if (secretOverlap.isNegative()) {
                throw new IllegalArgumentException("ticketing.identity.api-clients.secret-overlap must not be negative");
            }
        }
    }

    /**
     * The suite's own services that get tokens for other services' internal endpoints. Configuration only, never
     * the {@code api_clients} table: which services exist and what they may ask of each other is decided with the
     * code and the deployment, not at run time by an organizer or admin, so no endpoint can create, widen or list
     * one, and a copy of the database holds nothing about them. A secret is rotated by giving the old one as
     * {@code previous-secret} while the callers move to the new one.
     *
     * @param tokenTtl how long a service token lives: at most 15 minutes, like every access token; callers keep it
     *                 and fetch the next one shortly before it expires
     * @param clients  one per calling service
     */
    public record ServiceClientSettings(@DefaultValue("5m") @NotNull Duration tokenTtl,
                                        List<ServiceClientSetting> clients) {

        /** 256 random bits are 43 base64 characters; anything much shorter is no machine secret. */
        static final int MINIMUM_SECRET_LENGTH = 32;

        public ServiceClientSettings {
            if (!tokenTtl.isPositive() || tokenTtl.compareTo(TokenLifetimes.ACCESS_TOKEN_LIMIT) > 0) {
                throw new IllegalArgumentException("ticketing.identity.service-clients.token-ttl must be more than 0 "
                        + "and at most " + TokenLifetimes.ACCESS_TOKEN_LIMIT + ", not " + tokenTtl);
            }
            clients = clients == null ? List.of() : List.copyOf(clients);
            if (clients.stream().map(ServiceClientSetting::clientId).distinct().count() != clients.size()) {
                throw new IllegalArgumentException("ticketing.identity.service-clients.clients name a client id twice");
            }
        }

        /**
         * The clients that have a secret: one without is left out (its calls fail until it is set). Checked here
         * rather than while binding, because a binding failure report would print the offending value: a secret.
         */
        public ServiceClient.Registry registry() {
            return new ServiceClient.Registry(clients.stream().filter(ServiceClientSetting::hasSecret)
                    .map(ServiceClientSetting::serviceClient).toList());
        }

        /** The ids of configured clients without a secret, to be warned about at start. */
        public List<String> withoutSecret() {
            return clients.stream().filter(client -> !client.hasSecret()).map(ServiceClientSetting::clientId).toList();
        }
    }

    /**
     * @param clientId       the calling service's name, e.g. {@code event-service}; never a UUID, which would be a
     *                       partner client's id
     * @param secret         what the service authenticates with ({@code TICKETING_<SERVICE>_CLIENT_SECRET}); only its
     *                       hash is kept
     * @param previousSecret during a rotation, the secret being replaced: accepted too until it is removed
     * @param scopes         the internal scopes it may hold, platform-core's {@link InternalScopes}
     */
    public record ServiceClientSetting(String clientId, String secret, String previousSecret, Set<String> scopes) {

        public ServiceClientSetting {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("every ticketing.identity.service-clients client needs a client-id");
            }
            if (isUuid(clientId)) {
                throw new IllegalArgumentException("service client id " + clientId + " is a UUID, as partners' "
                        + "client ids are: name the service instead");
            }
            scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
            if (scopes.isEmpty() || !InternalScopes.ALL.containsAll(scopes)) {
                throw new IllegalArgumentException("service client " + clientId + " needs scopes among "
                        + InternalScopes.ALL + ", not " + scopes);
            }
        }

        boolean hasSecret() {
            return secret != null && !secret.isBlank();
        }

        ServiceClient serviceClient() {
            List<String> secrets = Stream.of(secret, previousSecret)
                    .filter(value -> value != null && !value.isBlank()).toList();
            if (secrets.stream().anyMatch(value -> value.strip().length() < ServiceClientSettings.MINIMUM_SECRET_LENGTH)) {
                throw new IllegalStateException("the secret of service client " + clientId + " must have at least "
                        + ServiceClientSettings.MINIMUM_SECRET_LENGTH + " characters, e.g. openssl rand -base64 32");
            }
            return ServiceClient.withSecrets(clientId, secrets.stream().map(String::strip).toList(), scopes);
        }

        private static boolean isUuid(String value) {
            try {
                UUID.fromString(value);
                return true;
            } catch (IllegalArgumentException notUuid) {
                return false;
            }
        }

        @Override
        public String toString() {
            return "ServiceClientSetting[clientId=" + clientId + ", scopes=" + scopes + ", secret="
                    + (hasSecret() ? "hidden" : "unset") + ", previousSecret="
                    + (previousSecret == null || previousSecret.isBlank() ? "unset" : "hidden") + "]";
        }
    }

    /**
     * @param tokenTtl               how long an e-mailed reset link works
     * @param minimumRequestDuration how long every reset request takes at least, known address or not
     */
    public record PasswordReset(@DefaultValue("30m") @NotNull Duration tokenTtl,
                                @DefaultValue("250ms") @NotNull Duration minimumRequestDuration) {
    }

    /** See {@link LoginThrottling} for what each setting means. */
    public record LoginThrottlingSettings(@DefaultValue("5") int maxFailuresPerAccount,
                                          @DefaultValue("20") int maxFailuresPerAddress,
                                          @DefaultValue("15m") Duration failureWindow,
                                          @DefaultValue("1m") Duration firstLockout,
                                          @DefaultValue("10m") Duration maxLockout,
                                          @DefaultValue("90d") Duration knownAddressRetention) {

        public LoginThrottlingSettings {
            // refuses inconsistent settings at start-up rather than at the first failed login
            policyOf(maxFailuresPerAccount, maxFailuresPerAddress, failureWindow, firstLockout, maxLockout,
                    knownAddressRetention);
        }

        public LoginThrottling policy() {
            return policyOf(maxFailuresPerAccount, maxFailuresPerAddress, failureWindow, firstLockout, maxLockout,
                    knownAddressRetention);
        }

        private static LoginThrottling policyOf(int maxFailuresPerAccount, int maxFailuresPerAddress,
                                                Duration failureWindow, Duration firstLockout, Duration maxLockout,
                                                Duration knownAddressRetention) {
            return new LoginThrottling(maxFailuresPerAccount, maxFailuresPerAddress, failureWindow, firstLockout,
                    maxLockout, knownAddressRetention);
        }
    }

    /**
     * @param timeToLive               how old the keys served at the JWKS may be: a key rotated on another replica
     *                                 shows here after at most this long (on this replica, at once)
     * @param unknownKeyReloadInterval a token naming a key not seen yet reads the keys again, at most this often
     */
    public record JwksCache(@DefaultValue("10s") @NotNull Duration timeToLive,
                            @DefaultValue("1s") @NotNull Duration unknownKeyReloadInterval) {

        public JwksCache {
            if (!timeToLive.isPositive() || !unknownKeyReloadInterval.isPositive()
                    || unknownKeyReloadInterval.compareTo(timeToLive) > 0) {
                throw new IllegalArgumentException("ticketing.identity.jwks-cache durations must be positive, and the "
                        + "unknown-key-reload-interval at most the time-to-live");
            }
        }
    }

    /**
     * @param key base64 of 32 random bytes ({@code TICKETING_SIGNING_KEY_ENCRYPTION_KEY}); no default, checked when
     *            the key store is built, so that a refusal cannot print it
     */
    public record SigningKeyEncryption(String key) {

        @Override
        public String toString() {
            return "SigningKeyEncryption[key=" + (key == null || key.isBlank() ? "unset" : "hidden") + "]";
        }
    }

    /**
     * @param period        rotate the signing key once it is this old; unset (the default) rotates only on demand
     * @param checkInterval how often each replica checks the active key's age
     */
    public record SigningKeyRotation(Duration period, @DefaultValue("1m") @NotNull Duration checkInterval) {

        public boolean scheduled() {
            return period != null;
        }
    }

    /**
     * Blank counts as unset, so an empty {@code BOOTSTRAP_ADMIN_EMAIL} leaves the bootstrap off. Checked when
     * the credentials are read rather than while binding, because a binding failure report would print the
     * offending value: here, possibly the password.
     */
    public record BootstrapAdmin(String email, String password) {

        public Optional<AdministratorCredentials> credentials() {
            if (isSet(email) != isSet(password)) {
                throw new IllegalStateException(
                        "ticketing.identity.bootstrap-admin needs both email and password, or neither");
            }
            if (!isSet(email)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new AdministratorCredentials(new EmailAddress(email), new Password(password)));
            } catch (PasswordPolicyViolation violation) {
                throw new IllegalStateException("ticketing.identity.bootstrap-admin.password " + violation.getMessage());
            }
        }

        private static boolean isSet(String value) {
            return value != null && !value.isBlank();
        }

        @Override
        public String toString() {
            return "BootstrapAdmin[email=" + email + ", password=" + (isSet(password) ? "hidden" : "unset") + "]";
        }
    }
}
