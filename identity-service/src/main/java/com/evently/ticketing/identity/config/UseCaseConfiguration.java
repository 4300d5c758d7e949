package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.application.AdministratorBootstrap;
import com.evently.ticketing.identity.application.PasswordLogin;
import com.evently.ticketing.identity.application.ProfileLookup;
import com.evently.ticketing.identity.application.SigningKeyCustody;
import com.evently.ticketing.identity.application.UserRegistration;
import com.evently.ticketing.identity.application.port.in.BootstrapAdministrator;
import com.evently.ticketing.identity.application.port.in.LogIn;
import com.evently.ticketing.identity.application.port.in.RegisterUser;
import com.evently.ticketing.identity.application.port.in.ViewProfile;
import com.evently.ticketing.identity.application.port.out.AccessTokenSigner;
import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.application.port.out.Transactions;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.adapter.out.crypto.BcryptPasswordHashing;
import com.evently.ticketing.identity.adapter.out.token.JwtAccessTokenSigner;
import com.evently.ticketing.platform.security.JwtSecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The use cases and the adapters that need settings; repositories and controllers are picked up by scanning. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordHashing passwordHashing(IdentityProperties properties) {
        return new BcryptPasswordHashing(properties.bcryptCost());
    }

    @Bean
    AccessTokenSigner accessTokenSigner(JwtSecurityProperties jwt) {
        return new JwtAccessTokenSigner(jwt.issuer(), jwt.audience());
    }

    @Bean
    RegisterUser registerUser(Users users, PasswordHashing passwordHashing, IntegrationEvents integrationEvents,
                              Transactions transactions, Clock clock) {
        return new UserRegistration(users, passwordHashing, integrationEvents, transactions, clock);
    }

    @Bean
    LogIn logIn(Users users, PasswordHashing passwordHashing, SigningKeys signingKeys,
                AccessTokenSigner accessTokenSigner, RefreshTokens refreshTokens, IdentityProperties properties,
                Clock clock) {
        return new PasswordLogin(users, passwordHashing, signingKeys, accessTokenSigner, refreshTokens,
                properties.tokenLifetimes(), clock);
    }

    @Bean
    ViewProfile viewProfile(Users users) {
        return new ProfileLookup(users);
    }

    @Bean
    BootstrapAdministrator bootstrapAdministrator(Users users, PasswordHashing passwordHashing,
                                                  IntegrationEvents integrationEvents, Transactions transactions,
                                                  Clock clock) {
        return new AdministratorBootstrap(users, passwordHashing, integrationEvents, transactions, clock);
    }

    /** One object behind two ports: creating the signing key and publishing its public half. */
    @Bean
    SigningKeyCustody signingKeyCustody(SigningKeys signingKeys, Clock clock) {
        return new SigningKeyCustody(signingKeys, clock);
    }
}
