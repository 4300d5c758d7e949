package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.in.InvalidCredentialsException;
import com.evently.ticketing.identity.application.port.in.LogIn;
import com.evently.ticketing.identity.application.port.out.AccessTokenSigner;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.AccessTokenClaims;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordHash;
import com.evently.ticketing.identity.domain.RefreshToken;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.identity.domain.TokenLifetimes;
import com.evently.ticketing.identity.domain.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public class PasswordLogin implements LogIn {

    private final Users users;
    private final PasswordHashing passwordHashing;
    private final SigningKeys signingKeys;
    private final AccessTokenSigner accessTokenSigner;
    private final RefreshTokens refreshTokens;
    private final TokenLifetimes lifetimes;
    private final Clock clock;
    /** Checked when the address has no account, so that failure costs the same bcrypt work as a wrong password. */
    private final PasswordHash decoyHash;

    public PasswordLogin(Users users, PasswordHashing passwordHashing, SigningKeys signingKeys,
                         AccessTokenSigner accessTokenSigner, RefreshTokens refreshTokens, TokenLifetimes lifetimes,
                         Clock clock) {
        this.users = users;
        this.passwordHashing = passwordHashing;
        this.signingKeys = signingKeys;
        this.accessTokenSigner = accessTokenSigner;
        this.refreshTokens = refreshTokens;
        this.lifetimes = lifetimes;
        this.clock = clock;
        this.decoyHash = passwordHashing.hash(new Password(UUID.randomUUID().toString()));
    }

    @Override
    public IssuedTokens logIn(Command command) {
        Optional<User> user = EmailAddress.tryParse(command.email()).flatMap(users::findByEmail);
        boolean passwordMatches = passwordHashing.matches(command.password(),
                user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !passwordMatches) {
            throw new InvalidCredentialsException();
        }
        return issueTokens(user.get());
    }

    private IssuedTokens issueTokens(User user) {
        Instant now = clock.instant();
        SigningKey key = signingKeys.active()
                .orElseThrow(() -> new IllegalStateException("No active signing key: start-up did not ensure one"));
        String accessToken = accessTokenSigner.sign(AccessTokenClaims.of(user, now, lifetimes), key);
        RefreshToken.Issued refreshToken = RefreshToken.issueAtLogin(user.id(), now, lifetimes);
        refreshTokens.add(refreshToken.token());
        return new IssuedTokens(accessToken, refreshToken.secret(), lifetimes.accessToken());
    }
}
