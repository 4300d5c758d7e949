package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Domain event: {@code previous} (now revoked) was replaced by {@code next}, held by someone else. When {@code next}
 * awaits its claim, {@code claim} is the claim opened for it and {@code claimToken} the secret of the link to mail
 * its new holder; both are absent for a transfer to an account.
 */
public record TicketTransfer(Ticket previous, Ticket next, UUID transferredBy, Instant at, ClaimToken claimToken,
                             TicketClaim claim) {

    public TicketTransfer {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(transferredBy, "transferredBy");
        Objects.requireNonNull(at, "at");
        if (next.awaitingClaim() != (claimToken != null) || (claimToken == null) != (claim == null)) {
            throw new IllegalArgumentException("A transfer carries a claim and its token exactly when its ticket awaits a claim");
        }
        if (claim != null && (!claim.ticketId().equals(next.id()) || !claim.tokenHash().equals(claimToken.hash()))) {
            throw new IllegalArgumentException("A transfer's claim is the claim of its new ticket, opened with its token");
        }
    }

    /** A transfer to an account: nothing to claim. */
    public TicketTransfer(Ticket previous, Ticket next, UUID transferredBy, Instant at) {
        this(previous, next, transferredBy, at, null, null);
    }

    /** When the claim link stops working; absent for a transfer to an account. */
    public Instant claimExpiresAt() {
        return claim == null ? null : claim.expiresAt();
    }
}
