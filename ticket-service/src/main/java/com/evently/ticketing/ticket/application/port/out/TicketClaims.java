package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.TicketClaim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The claims of tickets transferred to addresses without an account, found by their token's hash. */
public interface TicketClaims {

    void add(TicketClaim claim);

    Optional<TicketClaim> byTokenHash(String tokenHash);

    /** Stores who claimed it and when, or when it went back to its giver. */
    void update(TicketClaim claim);

    /**
     * At most {@code limit} claims that expired by {@code now}, neither claimed nor returned, of tickets still valid
     * and awaiting them, the longest expired first; locked until the transaction ends, skipping any that another
     * transaction holds (another replica returning them).
     */
    List<TicketClaim> lockExpiredUnclaimed(Instant now, int limit);
}
