package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.out.crypto.AesGcmSuccessorSeal;
import com.evently.ticketing.identity.adapter.out.crypto.BcryptPasswordHashing;
import com.evently.ticketing.identity.adapter.out.persistence.SigningKeyEncryption;
import com.evently.ticketing.identity.adapter.out.token.JwtAccessTokenSigner;
import com.evently.ticketing.identity.application.AdministratorBootstrap;
import com.evently.ticketing.identity.application.LoginThrottle;
import com.evently.ticketing.identity.application.PasswordChange;
import com.evently.ticketing.identity.application.PasswordLogin;
import com.evently.ticketing.identity.application.PasswordRecovery;
import com.evently.ticketing.identity.application.ProfileEditing;
import com.evently.ticketing.identity.application.ProfileLookup;
import com.evently.ticketing.identity.application.RefreshTokenRotation;
import com.evently.ticketing.identity.application.SecurityRecordsPurge;
import com.evently.ticketing.identity.application.SessionLogout;
import com.evently.ticketing.identity.application.SigningKeyCustody;
import com.evently.ticketing.identity.application.SigningKeyRotation;
import com.evently.ticketing.identity.application.TokenIssuer;
import com.evently.ticketing.identity.application.UserAdministration;
import com.evently.ticketing.identity.application.UserRegistration;
import com.evently.ticketing.identity.application.VerificationKeyCache;
import com.evently.ticketing.identity.application.port.in.BootstrapAdministrator;
import com.evently.ticketing.identity.application.port.in.ChangePassword;
import com.evently.ticketing.identity.application.port.in.LogIn;
import com.evently.ticketing.identity.application.port.in.LogOut;
import com.evently.ticketing.identity.application.port.in.PurgeStaleSecurityRecords;
import com.evently.ticketing.identity.application.port.in.RefreshSession;
import com.evently.ticketing.identity.application.port.in.RegisterUser;
import com.evently.ticketing.identity.application.port.in.RotateSigningKey;
import com.evently.ticketing.identity.application.port.in.UpdateProfile;
import com.evently.ticketing.identity.application.port.in.ViewProfile;
import com.evently.ticketing.identity.application.port.out.AccessTokenSigner;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/** The use cases and the adapters that need settings; repositories and controllers are picked up by scanning. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

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
    AccessTokenSigner accessTokenSigner(JwtSecurityProperties jwt) {
        return new JwtAccessTokenSigner(jwt.issuer(), jwt.audience());
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
    RegisterUser registerUser(Users users, PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                              IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        return new UserRegistration(users, passwordHashing, passwordPolicy, integrationEvents, transactions, clock);
    }

    @Bean
    LogIn logIn(Users users, PasswordHashing passwordHashing, LoginThrottle loginThrottle, TokenIssuer tokenIssuer,
                IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        return new PasswordLogin(users, passwordHashing, loginThrottle, tokenIssuer, integrationEvents, transactions,
                clock);
    }

    @Bean
    SuccessorSeal successorSeal() {
        return new AesGcmSuccessorSeal();
    }

    @Bean
    RefreshSession refreshSession(RefreshTokens refreshTokens, SuccessorSeal successorSeal, Users users,
                                  TokenIssuer tokenIssuer, IntegrationEvents integrationEvents,
                                  Transactions transactions, Clock clock, IdentityProperties properties) {
        return new RefreshTokenRotation(refreshTokens, successorSeal, properties.refreshTokenReuseGrace(), users,
                tokenIssuer, integrationEvents, transactions, clock);
    }

    @Bean
    LogOut logOut(RefreshTokens refreshTokens, Users users, IntegrationEvents integrationEvents,
                  Transactions transactions, Clock clock) {
        return new SessionLogout(refreshTokens, users, integrationEvents, transactions, clock);
    }

    @Bean
    ViewProfile viewProfile(Users users) {
        return new ProfileLookup(users);
    }

    @Bean
    UpdateProfile updateProfile(Users users, IntegrationEvents integrationEvents, Transactions transactions,
                                Clock clock) {
        return new ProfileEditing(users, integrationEvents, transactions, clock);
    }

    @Bean
    ChangePassword changePassword(Users users, PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                                  RefreshTokens refreshTokens, IntegrationEvents integrationEvents,
                                  Transactions transactions, Clock clock) {
        return new PasswordChange(users, passwordHashing, passwordPolicy, refreshTokens, integrationEvents,
                transactions, clock);
    }

    /** One object behind two ports: requesting a reset and redeeming it. */
    @Bean
    PasswordRecovery passwordRecovery(Users users, PasswordResetTokens resetTokens, RefreshTokens refreshTokens,
                                      PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                                      IntegrationEvents integrationEvents, Transactions transactions, Clock clock,
                                      IdentityProperties properties) {
        return new PasswordRecovery(users, resetTokens, refreshTokens, passwordHashing, passwordPolicy,
                integrationEvents, transactions, clock, properties.passwordReset().tokenTtl(),
                properties.passwordReset().minimumRequestDuration());
    }

    /** One object behind two ports: listing accounts and changing them. */
    @Bean
    UserAdministration userAdministration(Users users, RefreshTokens refreshTokens,
                                          IntegrationEvents integrationEvents, Transactions transactions,
                                          Clock clock) {
        return new UserAdministration(users, refreshTokens, integrationEvents, transactions, clock);
    }

    @Bean
    BootstrapAdministrator bootstrapAdministrator(Users users, PasswordHashing passwordHashing,
                                                  IntegrationEvents integrationEvents, Transactions transactions,
                                                  Clock clock) {
        return new AdministratorBootstrap(users, passwordHashing, integrationEvents, transactions, clock);
    }

    /**
     * A retired key stays published as long as a token it signed may be accepted: the longest access-token
     * lifetime plus the clock skew verifiers allow past expiry.
     */
    @Bean
    VerificationKeyCache verificationKeyCache(SigningKeys signingKeys, Clock clock, IdentityProperties properties,
                                              JwtSecurityProperties jwt) {
        return new VerificationKeyCache(signingKeys, clock, properties.jwksCache().timeToLive(),
                properties.jwksCache().unknownKeyReloadInterval(), properties.accessTokenTtl().plus(jwt.clockSkew()));
    }

    /** One object behind two ports: creating the signing key and publishing its public half. */
    @Bean
    SigningKeyCustody signingKeyCustody(SigningKeys signingKeys, VerificationKeyCache verificationKeyCache,
                                        Clock clock) {
        return new SigningKeyCustody(signingKeys, verificationKeyCache, clock);
    }

    @Bean
    RotateSigningKey rotateSigningKey(SigningKeys signingKeys, VerificationKeyCache verificationKeyCache,
                                      IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        return new SigningKeyRotation(signingKeys, verificationKeyCache, integrationEvents, transactions, clock);
    }

    @Bean
    PurgeStaleSecurityRecords purgeStaleSecurityRecords(RefreshTokens refreshTokens, PasswordResetTokens resetTokens,
                                                        LoginThrottle loginThrottle, SigningKeys signingKeys,
                                                        VerificationKeyCache verificationKeyCache,
                                                        Transactions transactions, Clock clock) {
        return new SecurityRecordsPurge(refreshTokens, resetTokens, loginThrottle, signingKeys, verificationKeyCache,
                transactions, clock);
    }

    /** Built here, from the setting, so that a missing or malformed key stops the start with a clear message. */
    @Bean
    SigningKeyEncryption signingKeyEncryption(IdentityProperties properties) {
        return SigningKeyEncryption.fromBase64(properties.signingKeyEncryption().key());
    }
}
