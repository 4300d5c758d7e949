package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.AccessTokenSigner;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.identity.domain.AccessTokenClaims;
import com.evently.ticketing.identity.domain.RefreshToken;
import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.identity.domain.SigningKey;
import com.evently.ticketing.identity.domain.TokenLifetimes;
import com.evently.ticketing.identity.domain.User;

import java.time.Instant;

/**
 * Hands out a token pair: an access token signed with the active key and a refresh token, stored by hash.
 * Callers run it inside the transaction that records why the tokens were issued.
 */
public class TokenIssuer {

    private final SigningKeys signingKeys;
    private final AccessTokenSigner accessTokenSigner;
    private final RefreshTokens refreshTokens;
    private final TokenLifetimes lifetimes;

    public TokenIssuer(SigningKeys signingKeys, AccessTokenSigner accessTokenSigner, RefreshTokens refreshTokens,
                       TokenLifetimes lifetimes) {
        this.signingKeys = signingKeys;
        this.accessTokenSigner = accessTokenSigner;
        this.refreshTokens = refreshTokens;
        this.lifetimes = lifetimes;
    }

    /** Starts a new refresh-token family. */
    IssuedTokens issueAtLogin(User user, Instant now) {
        return issue(user, RefreshToken.issueAtLogin(user.id(), now, lifetimes), now);
    }

    /** Continues the family of {@code used}, which the caller has marked used. */
    IssuedTokens issueSuccessorOf(RefreshToken used, User user, Instant now) {
        return issue(user, used.successor(now, lifetimes), now);
    }

    /** A new access token beside a refresh token handed out before (to a client retrying its refresh). */
    IssuedTokens issueBeside(SecretToken handedOutBefore, User user, Instant now) {
        return new IssuedTokens(accessToken(user, now), handedOutBefore, lifetimes.accessToken());
    }

    private IssuedTokens issue(User user, RefreshToken.Issued refreshToken, Instant now) {
        String accessToken = accessToken(user, now);
        refreshTokens.add(refreshToken.token());
        return new IssuedTokens(accessToken, refreshToken.secret(), lifetimes.accessToken());
    }

    private String accessToken(User user, Instant now) {
        // read on every issue, so a rotation on any replica takes effect everywhere at once
        SigningKey key = signingKeys.active()
                .orElseThrow(() -> new IllegalStateException("No active signing key: start-up did not ensure one"));
        return accessTokenSigner.sign(AccessTokenClaims.of(user, now, lifetimes), key);
    }
}
