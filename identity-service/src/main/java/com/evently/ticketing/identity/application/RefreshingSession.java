package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.SuccessorSeal;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.RefreshToken;
import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A client trades its refresh token for a new access token and a new refresh token; the old refresh token
 * is used up. Presenting a used-up token again within a short grace period (a retry, a second tab) gets the
 * same new refresh token again; after it, it revokes every token descending from the same login.
 */
public class RefreshingSession {

    private final RefreshTokens refreshTokens;
    private final SuccessorSeal successorSeal;
    private final Duration reuseGracePeriod;
    private final Users users;
    private final TokenIssuer tokenIssuer;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    /**
     * @param reuseGracePeriod how long after its use a token still gets the same successor (a retried request,
     *                         two tabs refreshing at once) instead of revoking its family
     */
    public RefreshingSession(RefreshTokens refreshTokens, SuccessorSeal successorSeal, Duration reuseGracePeriod,
                             Users users, TokenIssuer tokenIssuer, IntegrationEvents integrationEvents,
                             Transactions transactions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.successorSeal = successorSeal;
        this.reuseGracePeriod = reuseGracePeriod;
        this.users = users;
        this.tokenIssuer = tokenIssuer;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws InvalidRefreshToken for an unknown, used, revoked or expired token, or a disabled account */
    public IssuedTokens refresh(RefreshSessionCommand command) {
        Instant now = clock.instant();
        // a refusal still commits: revoking a family on reuse must survive the error the caller gets
        Optional<IssuedTokens> issued = transactions.inTransaction(() -> rotate(command, now));
        return issued.orElseThrow(InvalidRefreshToken::new);
    }

    private Optional<IssuedTokens> rotate(RefreshSessionCommand command, Instant now) {
        Optional<RefreshToken> presented = refreshTokens.lockByHash(command.refreshToken().hash());
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = presented.get();
        switch (token.statusAt(now)) {
            case ALREADY_USED -> {
                Optional<RefreshToken.Handover> handover = token.handoverAt(now);
                if (handover.isPresent()) {
                    return handOverAgain(token, handover.get(), command, now);
                }
                revokeFamilyOfReused(token, command, now);
                return Optional.empty();
            }
            case REVOKED, EXPIRED -> {
                return Optional.empty();
            }
            case USABLE -> {
                // exchanged below
            }
        }
        Optional<User> owner = users.findById(token.userId()).filter(User::enabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        IssuedTokens issued = tokenIssuer.issueSuccessorOf(token, owner.get(), now);
        refreshTokens.markUsed(token.id(), now, new RefreshToken.Handover(
                successorSeal.seal(issued.refreshToken(), command.refreshToken(), token.id()), now.plus(reuseGracePeriod)));
        return Optional.of(issued);
    }

    /**
     * The same client again, most likely: the successor it was given a moment ago, with a fresh access token.
     * Whoever presents the used token may open the seal; a thief holding a copy gains nothing the grace period
     * did not already allow, and a reuse after it still revokes the family.
     */
    private Optional<IssuedTokens> handOverAgain(RefreshToken used, RefreshToken.Handover handover,
                                                 RefreshSessionCommand command, Instant now) {
        Optional<SecretToken> successor = successorSeal.open(handover.sealedSuccessor(), command.refreshToken(), used.id());
        boolean successorStillValid = successor.flatMap(secret -> refreshTokens.findByHash(secret.hash()))
                .filter(token -> token.revokedAt() == null && now.isBefore(token.expiresAt()))
                .isPresent();
        Optional<User> owner = users.findById(used.userId()).filter(User::enabled);
        if (!successorStillValid || owner.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tokenIssuer.issueBeside(successor.get(), owner.get(), now));
    }

    /**
     * A used token comes back when two parties hold copies of it. Which one is legitimate cannot be told, so
     * the whole family goes: the thief's newest token and the owner's alike; the owner logs in again.
     */
    private void revokeFamilyOfReused(RefreshToken token, RefreshSessionCommand command, Instant now) {
        refreshTokens.revokeFamily(token.familyId(), now);
        SecurityEvent reuse = SecurityEvent.failure(SecurityAction.REFRESH_TOKEN_REUSE_DETECTED, now)
                .from(command.clientAddress())
                .detail("a used refresh token was presented again; its family " + token.familyId() + " is revoked");
        integrationEvents.securityEventRecorded(users.findById(token.userId()).map(reuse::concerning).orElse(reuse));
    }
}
