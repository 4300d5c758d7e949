package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.out.crypto.AesGcmSuccessorSeal;
import com.evently.ticketing.identity.adapter.out.crypto.BcryptPasswordHashing;
import com.evently.ticketing.identity.adapter.out.token.JwtAccessTokenSigner;
import com.evently.ticketing.identity.application.AdministeringUsers;
import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.identity.application.ChangingPassword;
import com.evently.ticketing.identity.application.EnsuringSigningKey;
import com.evently.ticketing.identity.application.ErasingEndedHandovers;
import com.evently.ticketing.identity.application.GrantingClientCredentials;
import com.evently.ticketing.identity.application.GrantingServiceTokens;
import com.evently.ticketing.identity.application.ManagingApiClients;
import com.evently.ticketing.identity.application.ListingVerificationKeys;
import com.evently.ticketing.identity.application.LoggingIn;
import com.evently.ticketing.identity.application.LoggingOut;
import com.evently.ticketing.identity.application.LoginThrottle;
import com.evently.ticketing.identity.application.RecoveringPassword;
import com.evently.ticketing.identity.application.RefreshingSession;
import com.evently.ticketing.identity.application.RegisteringUser;
import com.evently.ticketing.identity.application.RotatingSigningKey;
import com.evently.ticketing.identity.application.TokenIssuer;
import com.evently.ticketing.identity.application.UpdatingProfile;
import com.evently.ticketing.identity.application.VerificationKeyCache;
import com.evently.ticketing.identity.application.ViewingProfile;
import com.evently.ticketing.identity.application.port.out.AccessTokenSigner;
import com.evently.ticketing.identity.application.port.out.ApiClients;
import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.KnownLoginAddresses;
import com.evently.ticketing.identity.application.port.out.LoginFailures;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.application.port.out.PasswordResetTokens;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.application.port.out.SuccessorSeal;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.PasswordPolicy;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.security.JwtSecurityProperties;
import com.evently.ticketing.platform.security.MessageSealingConfiguration;
import com.evently.ticketing.platform.security.PrivateKeyEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** The use cases and the adapters that need settings; repositories and controllers are picked up by scanning. */
@Configuration(proxyBeanMethods = false)
@Import(MessageSealingConfiguration.class) // seals the reset token of PasswordResetRequested
class UseCaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UseCaseConfiguration.class);

    /** One password per line, lower case; lines starting with # are comments. */
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    @Bean
    PasswordHashing passwordHashing(IdentityProperties properties) {
        return new BcryptPasswordHashing(properties.bcryptCost());
    }

    @Bean
    PasswordPolicy passwordPolicy() throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            Set<String> commonPasswords = lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
            return new PasswordPolicy(commonPasswords);
        }
    }

    @Bean
    JwtAccessTokenSigner accessTokenSigner(JwtSecurityProperties jwt) {
        return new JwtAccessTokenSigner(jwt.issuer(), jwt.audience());
    }

    @Bean
    ManagingApiClients managingApiClients(ApiClients apiClients, Users users, Transactions transactions, Clock clock,
                                          IdentityProperties properties) {
        return new ManagingApiClients(apiClients, users, transactions, clock, properties.apiClients().secretOverlap());
    }

    @Bean
    GrantingClientCredentials grantingClientCredentials(ApiClients apiClients, Users users, SigningKeys signingKeys,
                                                        JwtAccessTokenSigner signer, Clock clock,
                                                        IdentityProperties properties) {
        return new GrantingClientCredentials(apiClients, users, signingKeys, signer, clock,
                properties.apiClients().tokenTtl());
    }

    /** A service client without its secret is no reason to refuse every other token: it is warned about instead. */
    @Bean
    GrantingServiceTokens grantingServiceTokens(SigningKeys signingKeys, JwtAccessTokenSigner signer, Clock clock,
                                                IdentityProperties properties) {
        IdentityProperties.ServiceClientSettings serviceClients = properties.serviceClients();
        serviceClients.withoutSecret().forEach(clientId -> log.warn("Service client {} has no secret: it gets no "
                + "service token, so its calls to other services' internal endpoints fail until one is set", clientId));
        return new GrantingServiceTokens(serviceClients.registry(), signingKeys, signer, clock,
                serviceClients.tokenTtl());
    }

    @Bean
    TokenIssuer tokenIssuer(SigningKeys signingKeys, AccessTokenSigner accessTokenSigner, RefreshTokens refreshTokens,
                            IdentityProperties properties) {
        return new TokenIssuer(signingKeys, accessTokenSigner, refreshTokens, properties.tokenLifetimes());
    }

    @Bean
    LoginThrottle loginThrottle(LoginFailures loginFailures, KnownLoginAddresses knownLoginAddresses,
                                Transactions transactions, IdentityProperties properties) {
        return new LoginThrottle(loginFailures, knownLoginAddresses, transactions,
                properties.loginThrottling().policy());
    }

    @Bean
    RegisteringUser registeringUser(Users users, PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                                    IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        return new RegisteringUser(users, passwordHashing, passwordPolicy, integrationEvents, transactions, clock);
    }

    @Bean
    LoggingIn loggingIn(Users users, PasswordHashing passwordHashing, LoginThrottle loginThrottle,
                        TokenIssuer tokenIssuer, IntegrationEvents integrationEvents, Transactions transactions,
                        Clock clock) {
        return new LoggingIn(users, passwordHashing, loginThrottle, tokenIssuer, integrationEvents, transactions,
                clock);
    }

    @Bean
    SuccessorSeal successorSeal() {
        return new AesGcmSuccessorSeal();
    }

    @Bean
    RefreshingSession refreshingSession(RefreshTokens refreshTokens, SuccessorSeal successorSeal, Users users,
                                        TokenIssuer tokenIssuer, IntegrationEvents integrationEvents,
                                        Transactions transactions, Clock clock, IdentityProperties properties) {
        return new RefreshingSession(refreshTokens, successorSeal, properties.refreshTokenReuseGrace(), users,
                tokenIssuer, integrationEvents, transactions, clock);
    }

    @Bean
    LoggingOut loggingOut(RefreshTokens refreshTokens, Users users, IntegrationEvents integrationEvents,
                          Transactions transactions, Clock clock) {
        return new LoggingOut(refreshTokens, users, integrationEvents, transactions, clock);
    }

    @Bean
    ViewingProfile viewingProfile(Users users) {
        return new ViewingProfile(users);
    }

    @Bean
    UpdatingProfile updatingProfile(Users users, IntegrationEvents integrationEvents, Transactions transactions,
                                    Clock clock) {
        return new UpdatingProfile(users, integrationEvents, transactions, clock);
    }

    @Bean
    ChangingPassword changingPassword(Users users, PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                                      RefreshTokens refreshTokens, IntegrationEvents integrationEvents,
                                      Transactions transactions, Clock clock) {
        return new ChangingPassword(users, passwordHashing, passwordPolicy, refreshTokens, integrationEvents,
                transactions, clock);
    }

    @Bean
    RecoveringPassword recoveringPassword(Users users, PasswordResetTokens resetTokens, RefreshTokens refreshTokens,
                                          PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                                          IntegrationEvents integrationEvents, Transactions transactions, Clock clock,
                                          IdentityProperties properties) {
        return new RecoveringPassword(users, resetTokens, refreshTokens, passwordHashing, passwordPolicy,
                integrationEvents, transactions, clock, properties.passwordReset().tokenTtl(),
                properties.passwordReset().minimumRequestDuration());
    }

    @Bean
    AdministeringUsers administeringUsers(Users users, RefreshTokens refreshTokens,
                                          IntegrationEvents integrationEvents, Transactions transactions,
                                          Clock clock) {
        return new AdministeringUsers(users, refreshTokens, integrationEvents, transactions, clock);
    }

    @Bean
    BootstrappingAdministrator bootstrappingAdministrator(Users users, PasswordHashing passwordHashing,
                                                          IntegrationEvents integrationEvents,
                                                          Transactions transactions, Clock clock) {
        return new BootstrappingAdministrator(users, passwordHashing, integrationEvents, transactions, clock);
    }

    /**
     * A retired key stays published as long as a token it signed may be accepted: the longest access-token
     * lifetime plus the clock skew verifiers allow past expiry.
     */
    @Bean
    VerificationKeyCache verificationKeyCache(SigningKeys signingKeys, Clock clock, IdentityProperties properties,
                                              JwtSecurityProperties jwt) {
        return new VerificationKeyCache(signingKeys, clock, properties.jwksCache().timeToLive(),
                properties.jwksCache().unknownKeyReloadInterval(), publishedAfterRetirement(properties, jwt));
    }

    static Duration publishedAfterRetirement(IdentityProperties properties, JwtSecurityProperties jwt) {
        return properties.accessTokenTtl().plus(jwt.clockSkew());
    }

    @Bean
    EnsuringSigningKey ensuringSigningKey(SigningKeys signingKeys, VerificationKeyCache verificationKeyCache,
                                          Clock clock) {
        return new EnsuringSigningKey(signingKeys, verificationKeyCache, clock);
    }

    @Bean
    ListingVerificationKeys listingVerificationKeys(VerificationKeyCache verificationKeyCache) {
        return new ListingVerificationKeys(verificationKeyCache);
    }

    @Bean
    RotatingSigningKey rotatingSigningKey(SigningKeys signingKeys, VerificationKeyCache verificationKeyCache,
                                          IntegrationEvents integrationEvents, Transactions transactions,
                                          Clock clock) {
        return new RotatingSigningKey(signingKeys, verificationKeyCache, integrationEvents, transactions, clock);
    }

    @Bean
    ErasingEndedHandovers erasingEndedHandovers(RefreshTokens refreshTokens, Transactions transactions, Clock clock) {
        return new ErasingEndedHandovers(refreshTokens, transactions, clock);
    }

    /** Built here, from the setting, so that a missing or malformed key stops the start with a clear message. */
    @Bean
    PrivateKeyEncryption signingKeyEncryption(IdentityProperties properties) {
        return PrivateKeyEncryption.fromBase64("TICKETING_SIGNING_KEY_ENCRYPTION_KEY",
                properties.signingKeyEncryption().key(), "identity-service encrypts its signing keys with it");
    }
}
