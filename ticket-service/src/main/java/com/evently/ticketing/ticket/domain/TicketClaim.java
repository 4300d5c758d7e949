package com.evently.ticketing.ticket.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A ticket transferred to an address without an account, held for whoever opens the link mailed there. Only the
 * token's hash is kept. Once claimed it stays the claimant's: the same account claiming again is answered with the
 * ticket, anybody else is refused. Once expired unclaimed, the ticket goes back to the holder who gave it away
 * ({@code returnedAt}); the link then answers as any expired one.
 *
 * @param claimedBy  the account that claimed it; absent while it is open
 * @param returnedAt when the ticket went back to its giver, unclaimed; absent unless it did
 */
public record TicketClaim(UUID ticketId, String tokenHash, Instant createdAt, Instant expiresAt, UUID claimedBy,
                          Instant claimedAt, Instant returnedAt) {

    /** The longest a link stays good, for a session far ahead: a forgotten mail should not stay a key for months. */
    public static final Duration LONGEST = Duration.ofDays(30);

    public TicketClaim {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if ((claimedBy == null) != (claimedAt == null)) {
            throw new IllegalArgumentException("A claim has a claimant exactly when it has a claim time");
        }
        if (returnedAt != null && claimedBy != null) {
            throw new IllegalArgumentException("A claimed ticket is not returned to its giver");
        }
    }

    /**
     * A claim of {@code ticket} opened at {@code now}: good until the ticket's session ends (it can still get its
     * holder in while the session runs) or for {@link #LONGEST}, whichever comes first.
     */
    public static TicketClaim open(Ticket ticket, ClaimToken token, Instant now) {
        Instant longest = now.plus(LONGEST);
        Instant sessionEnd = Optional.ofNullable(ticket.event().sessionEndsAt())
                .or(() -> Optional.ofNullable(ticket.event().sessionStartsAt()))
                .orElse(longest);
        Instant expiresAt = sessionEnd.isBefore(longest) ? sessionEnd : longest;
        return new TicketClaim(ticket.id(), token.hash(), now, expiresAt, null, null, null);
    }

    public boolean isClaimed() {
        return claimedBy != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isReturned() {
        return returnedAt != null;
    }

    public TicketClaim claimed(UUID account, Instant at) {
        return new TicketClaim(ticketId, tokenHash, createdAt, expiresAt, account, at, null);
    }

    /** This claim, expired unclaimed, closed because its ticket went back to its giver at {@code at}. */
    public TicketClaim returned(Instant at) {
        if (isClaimed() || !expiredAt(at)) {
            throw new IllegalStateException("Only a claim that expired unclaimed is returned");
        }
        return new TicketClaim(ticketId, tokenHash, createdAt, expiresAt, null, null, at);
    }
}
