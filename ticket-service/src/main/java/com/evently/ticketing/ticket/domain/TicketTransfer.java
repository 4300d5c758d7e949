package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Domain event: {@code previous} (now revoked) was replaced by {@code next}, held by someone else. When {@code next}
 * awaits its claim, {@code claimToken} is the secret of the link to mail its new holder and {@code claimExpiresAt}
 * when it stops working; both are absent for a transfer to an account.
 */
public record TicketTransfer(Ticket previous, Ticket next, UUID transferredBy, Instant at, ClaimToken claimToken,
                             Instant claimExpiresAt) {

    public TicketTransfer {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(transferredBy, "transferredBy");
        Objects.requireNonNull(at, "at");
        if (next.awaitingClaim() != (claimToken != null) || (claimToken == null) != (claimExpiresAt == null)) {
            throw new IllegalArgumentException("A transfer carries a claim token and expiry exactly when its ticket awaits a claim");
        }
    }

    /** A transfer to an account: nothing to claim. */
    public TicketTransfer(Ticket previous, Ticket next, UUID transferredBy, Instant at) {
        this(previous, next, transferredBy, at, null, null);
    }
}
